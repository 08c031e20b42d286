import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import type { ReactNode } from 'react';
import type { RoleTrust } from '../../../../../shared/schemas/role-trust';
import { TRUST_TYPE_MEANINGS } from '../../../../../shared/schemas/role-trust';
import { describeSchedule } from '../../../../../shared/trust/schedule';
import { absoluteAndRelative } from '../../../../lib/dates';
import { isExpired } from '../model/trust-status';
import { AssumableNowText } from './assumable-now-text';
import { TrustSchedule } from './trust-schedule';
import { trustedEntity } from '../../../../lib/trust-names';
import type { Directory } from '../../../../lib/trust-names';
import { useNow } from '../../../../lib/use-now';
import { FactList } from '../../../../components/entity-header';

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <Typography component="dt" variant="body2" color="text.secondary">
        {term}
      </Typography>
      <Box component="dd" sx={{ m: 0, minWidth: 0 }}>
        {children}
      </Box>
    </>
  );
}

/** One trust: who, how, when, from where, until when, and whether it lets anyone in right now. */
export function TrustCard({
  trust,
  directory,
  onDelete,
  onEdit,
}: {
  trust: RoleTrust;
  /** The organization's users, groups and issuers, to name what the trust leaves unnamed. */
  directory?: Directory;
  onDelete: () => void;
  /** Without it, Edit is shown disabled. */
  onEdit?: (() => void) | undefined;
}) {
  const titleId = useId();
  const now = useNow(30_000);
  const entity = trustedEntity(trust, directory);
  const schedule = trust.conditions.time_of_day;
  const ips = trust.conditions.ip_address;

  return (
    <Paper
      component="article"
      variant="outlined"
      aria-labelledby={titleId}
      sx={{ p: 2, minWidth: 0 }}
    >
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        sx={{ gap: 1, justifyContent: 'space-between', alignItems: { sm: 'flex-start' }, mb: 2 }}
      >
        <Box sx={{ minWidth: 0 }}>
          <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography id={titleId} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
              {entity.name}
            </Typography>
            <Chip size="small" label={entity.kind} />
            {isExpired(trust, now) && <Chip size="small" color="warning" label="Expired" />}
          </Stack>
          <Typography
            variant="caption"
            color="text.secondary"
            sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}
          >
            {entity.id}
          </Typography>
        </Box>
        <Stack direction="row" spacing={1} sx={{ flexShrink: 0 }}>
          <Tooltip title={onEdit ? '' : 'Editing trusts is not available here'}>
            <span>
              <Button
                size="small"
                startIcon={<EditIcon />}
                disabled={!onEdit}
                onClick={onEdit}
                aria-label={`Edit trust for ${entity.name}`}
              >
                Edit
              </Button>
            </span>
          </Tooltip>
          <Button
            size="small"
            color="error"
            startIcon={<DeleteIcon />}
            aria-label={`Delete trust for ${entity.name}`}
            onClick={onDelete}
          >
            Delete
          </Button>
        </Stack>
      </Stack>
      <FactList termColumn="10rem" gap={{ column: 2, row: 1.5 }}>
        <Fact term="Trust type">
          <Typography variant="body2" sx={{ fontWeight: 500 }}>
            {trust.trust_type}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {TRUST_TYPE_MEANINGS[trust.trust_type]}
          </Typography>
        </Fact>
        <Fact term="Assumable now?">
          <AssumableNowText trust={trust} now={now} />
        </Fact>
        <Fact term="Schedule">
          <Typography variant="body2" sx={{ mb: 1 }}>
            {describeSchedule(schedule)}
          </Typography>
          <TrustSchedule schedule={schedule} now={now} />
        </Fact>
        <Fact term="IP addresses">
          {ips.length === 0 ? (
            <Typography variant="body2">Any IP address</Typography>
          ) : (
            <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
              {ips.map((ip) => (
                <Chip
                  key={ip}
                  size="small"
                  variant="outlined"
                  label={ip}
                  sx={{ fontFamily: 'monospace' }}
                />
              ))}
            </Stack>
          )}
        </Fact>
        <Fact term="Valid until">
          <Typography variant="body2">
            {trust.valid_until ? absoluteAndRelative(trust.valid_until) : 'No expiry'}
          </Typography>
        </Fact>
      </FactList>
    </Paper>
  );
}
