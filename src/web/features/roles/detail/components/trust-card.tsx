import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import type { RoleTrust } from '../../../../../shared/schemas/role-trust';
import { TRUST_TYPE_MEANINGS } from '../../../../../shared/schemas/role-trust';
import { describeSchedule } from '../../../../../shared/trust/schedule';
import { FactList } from '../../../../components/entity-header';
import { JsonViewButton } from '../../../../components/json-view';
import { TrustFindings } from '../../../../components/trust-findings';
import { trustedEntity } from '../../../../lib/trust-names';
import type { Directory, TrustedEntity } from '../../../../lib/trust-names';
import { useNow } from '../../../../lib/use-now';
import { zonedAndRelative } from '../../../../lib/zoned-time';
import type { TrustProblems } from '../model/trust-problems';
import { isExpired } from '../model/trust-status';
import { AssumableNowText } from './assumable-now-text';
import { TrustIpList } from './trust-ip-list';
import { TrustSchedule } from './trust-schedule';

const ENTITY_PAGES: Record<TrustedEntity['kind'], string> = {
  User: '/users',
  Group: '/groups',
  'OIDC Issuer': '/oidc-issuers',
};

/** The page of the user, group or OIDC issuer a trust names. */
const entityPage = (entity: TrustedEntity) =>
  `${ENTITY_PAGES[entity.kind]}/${encodeURIComponent(entity.id)}`;

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
  problems,
  onDelete,
  onEdit,
}: {
  trust: RoleTrust;
  /** The organization's users, groups and issuers, to name what the trust leaves unnamed. */
  directory?: Directory;
  /** What the trust linter finds in it (the section works it out for every card at once). */
  problems?: TrustProblems;
  onDelete: () => void;
  /** Without it, Edit is shown disabled. */
  onEdit?: (() => void) | undefined;
}) {
  const titleId = useId();
  const now = useNow(30_000);
  const entity = trustedEntity(trust, directory);
  const schedule = trust.conditions.time_of_day;

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
            <Typography
              id={titleId}
              variant="subtitle1"
              component="h3"
              sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}
            >
              {entity.id ? (
                <Link component={RouterLink} to={entityPage(entity)}>
                  {entity.name}
                </Link>
              ) : (
                entity.name
              )}
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
        <Stack direction="row" sx={{ flexShrink: 0, gap: 1, flexWrap: 'wrap' }}>
          <JsonViewButton
            value={trust}
            title={`Trust for ${entity.name} as JSON`}
            note="The trust as the API returned it, read through the console."
            label={`View JSON of the trust for ${entity.name}`}
          />
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
      {problems && problems.findings.length > 0 && (
        <Box sx={{ mb: 2 }}>
          <TrustFindings
            findings={problems.findings}
            label={`Findings for the trust of ${entity.name}`}
          />
        </Box>
      )}
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
          <TrustIpList trust={trust} />
        </Fact>
        <Fact term="Valid until">
          <Typography variant="body2">
            {trust.valid_until ? zonedAndRelative(trust.valid_until, now) : 'No expiry'}
          </Typography>
        </Fact>
      </FactList>
    </Paper>
  );
}
