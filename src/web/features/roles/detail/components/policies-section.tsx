import AddIcon from '@mui/icons-material/Add';
import LinkOffIcon from '@mui/icons-material/LinkOff';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { RolePolicy } from '../../../../../shared/schemas/role';
import type { Role } from '../../../../../shared/schemas/role';
import { ConfirmDialog } from '../../../../components/confirm-dialog';
import { useDetachPolicy } from '../api/use-role-policies';
import { AttachPolicyDialog } from './attach-policy-dialog';
import { SectionCard } from '../../../../components/section-card';
import { useConfirmTarget } from './use-confirm-target';

/**
 * The role's permission policies, each name a link to its page: attach one more, or detach one
 * after confirming.
 */
export function PoliciesSection({ role }: { role: Role }) {
  const [attaching, setAttaching] = useState(false);
  const detaching = useConfirmTarget<RolePolicy>();
  const detach = useDetachPolicy(role.id);
  return (
    <SectionCard
      title="Permission Policies"
      action={
        <Tooltip title="Attach policy">
          <IconButton aria-label="Attach policy" color="primary" onClick={() => setAttaching(true)}>
            <AddIcon />
          </IconButton>
        </Tooltip>
      }
    >
      {role.policies.length === 0 ? (
        <Typography color="text.secondary">No policies attached yet.</Typography>
      ) : (
        <List dense disablePadding aria-label="Attached policies">
          {role.policies.map((policy) => (
            <ListItem
              key={policy.id}
              divider
              disableGutters
              secondaryAction={
                <Tooltip title={`Detach ${policy.name}`}>
                  <IconButton
                    edge="end"
                    aria-label={`Detach ${policy.name}`}
                    onClick={() => detaching.ask(policy)}
                  >
                    <LinkOffIcon />
                  </IconButton>
                </Tooltip>
              }
            >
              <ListItemText
                primary={
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                    <Link
                      component={RouterLink}
                      to={`/policies/${encodeURIComponent(policy.id)}`}
                      sx={{ overflowWrap: 'anywhere' }}
                    >
                      {policy.name || policy.id}
                    </Link>
                    {policy.is_system_policy !== undefined && (
                      <Chip
                        size="small"
                        variant="outlined"
                        label={policy.is_system_policy ? 'System' : 'Custom'}
                      />
                    )}
                  </Stack>
                }
                secondary={policy.description || 'No description.'}
                sx={{ pr: 5 }}
              />
            </ListItem>
          ))}
        </List>
      )}
      <AttachPolicyDialog role={role} open={attaching} onClose={() => setAttaching(false)} />
      <ConfirmDialog
        open={detaching.open}
        title={`Detach policy ${detaching.target?.name ?? ''}?`}
        confirmLabel="Detach"
        destructive
        onConfirm={() => {
          if (detaching.target) detach.mutate(detaching.target);
          detaching.close();
        }}
        onClose={() => detaching.close()}
      >
        The role loses the permissions this policy grants.
      </ConfirmDialog>
    </SectionCard>
  );
}
