import AddIcon from '@mui/icons-material/Add';
import RemoveIcon from '@mui/icons-material/RemoveCircleOutlined';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { Group } from '../../../../shared/schemas/group';
import type { RoleRef } from '../../../../shared/schemas/role';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { QueryState } from '../../../components/query-state';
import { groupQueries } from '../api/group-queries';
import { useAddGroupRole, useRemoveGroupRole } from '../api/use-group-roles';
import { PickOneDialog } from './pick-one-dialog';
import { SectionCard } from '../../../components/section-card';
import { useConfirmTarget } from './use-confirm-target';

/** The assignable roles the group holds; its members hold them too. */
export function GroupRolesSection({ group }: { group: Group }) {
  const [adding, setAdding] = useState(false);
  const removing = useConfirmTarget<RoleRef>();
  const roles = useQuery(groupQueries.roles(group.id));
  const catalog = useQuery({ ...groupQueries.assignableRoles(), enabled: adding });
  const add = useAddGroupRole(group.id);
  const remove = useRemoveGroupRole(group.id);
  const held = new Set(roles.data?.map((r) => r.id));

  return (
    <SectionCard
      title="Roles"
      action={
        <Tooltip title="Add role">
          <IconButton aria-label="Add role" color="primary" onClick={() => setAdding(true)}>
            <AddIcon />
          </IconButton>
        </Tooltip>
      }
    >
      <QueryState
        what="the group's roles"
        isPending={roles.isPending}
        error={roles.error}
        data={roles.data}
        onRetry={() => void roles.refetch()}
        isEmpty={(d) => d.length === 0}
        empty={<Typography color="text.secondary">The group holds no roles.</Typography>}
      >
        {(list) => (
          <List dense disablePadding aria-label="Roles of the group">
            {list.map((role) => (
              <ListItem
                key={role.id}
                divider
                disableGutters
                secondaryAction={
                  <Tooltip title={`Remove role ${role.name}`}>
                    <IconButton
                      edge="end"
                      aria-label={`Remove role ${role.name}`}
                      onClick={() => removing.ask(role)}
                    >
                      <RemoveIcon />
                    </IconButton>
                  </Tooltip>
                }
              >
                <ListItemText
                  primary={
                    <Link component={RouterLink} to={`/roles/${role.id}`}>
                      {role.name}
                    </Link>
                  }
                  secondary={role.description || 'No description.'}
                  sx={{ pr: 5, overflowWrap: 'anywhere' }}
                />
              </ListItem>
            ))}
          </List>
        )}
      </QueryState>
      <PickOneDialog
        open={adding}
        onClose={() => setAdding(false)}
        title="Add role"
        label="Role"
        choices={catalog.data
          ?.filter((r) => !held.has(r.id))
          .map((r) => ({
            id: r.id,
            primary: r.name,
            secondary: r.description || 'No description',
            value: r,
          }))}
        loadError={catalog.error}
        onPick={(role) => add.mutate(role)}
      />
      <ConfirmDialog
        open={removing.open}
        title={`Remove role ${removing.target?.name ?? ''} from ${group.display_name}?`}
        confirmLabel="Remove"
        destructive
        onConfirm={() => {
          if (removing.target) remove.mutate(removing.target);
          removing.close();
        }}
        onClose={() => removing.close()}
      >
        Members lose the permissions this role grants, unless they hold it otherwise.
      </ConfirmDialog>
    </SectionCard>
  );
}
