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
import type { Group } from '../../../../../shared/schemas/group';
import type { Role } from '../../../../../shared/schemas/role';
import type { User } from '../../../../../shared/schemas/user';
import { ConfirmDialog } from '../../../../components/confirm-dialog';
import { QueryState } from '../../../../components/query-state';
import { roleDetailQueries } from '../api/role-detail-queries';
import type { Holder } from '../api/use-role-holders';
import { useRemoveHolder } from '../api/use-role-holders';
import { AttachEntityDialog } from './attach-entity-dialog';
import { SectionCard } from '../../../../components/section-card';
import { useConfirmTarget } from './use-confirm-target';

interface Row extends Holder {
  detail: string;
}

interface Holders {
  userIds: string[];
  groupIds: string[];
  users: User[];
  groups: Group[];
}

/** Users first, then groups, each named through the directory (the id when it has gone). */
function holderRows(d: Holders): Row[] {
  const users = d.userIds.map((id): Row => {
    const user = d.users.find((u) => u.id === id);
    const name = user?.name || user?.email || id;
    return { kind: 'users', id, name, detail: `User · ${user?.email || id}` };
  });
  const groups = d.groupIds.map((id): Row => {
    const group = d.groups.find((g) => g.id === id);
    const count = group?.members.length ?? 0;
    const members = `${count} ${count === 1 ? 'member' : 'members'}`;
    return { kind: 'groups', id, name: group?.display_name || id, detail: `Group · ${members}` };
  });
  return [...users, ...groups];
}

/**
 * The users and groups holding an assignable role, named through the directory, each a link to
 * its page.
 */
export function EntitiesSection({ role }: { role: Role }) {
  const [adding, setAdding] = useState(false);
  const removing = useConfirmTarget<Holder>();
  const remove = useRemoveHolder(role.id);
  const userIds = useQuery(roleDetailQueries.holders(role.id, 'users'));
  const groupIds = useQuery(roleDetailQueries.holders(role.id, 'groups'));
  const users = useQuery(roleDetailQueries.users());
  const groups = useQuery(roleDetailQueries.groups());
  const queries = [userIds, groupIds, users, groups];
  const ready =
    userIds.data && groupIds.data && users.data && groups.data
      ? { userIds: userIds.data, groupIds: groupIds.data, users: users.data, groups: groups.data }
      : undefined;

  return (
    <SectionCard
      title="Attached Entities"
      action={
        <Tooltip title="Attach entity">
          <IconButton aria-label="Attach entity" color="primary" onClick={() => setAdding(true)}>
            <AddIcon />
          </IconButton>
        </Tooltip>
      }
    >
      <QueryState
        what="the users and groups holding this role"
        isPending={queries.some((q) => q.isPending)}
        error={queries.find((q) => q.error)?.error ?? null}
        data={ready}
        onRetry={() => queries.forEach((q) => void q.refetch())}
        isEmpty={(d) => d.userIds.length + d.groupIds.length === 0}
        empty={<Typography color="text.secondary">No users or groups hold this role.</Typography>}
      >
        {(d) => (
          <List dense disablePadding aria-label="Attached entities">
            {holderRows(d).map((row) => (
              <ListItem
                key={`${row.kind}:${row.id}`}
                divider
                disableGutters
                secondaryAction={
                  <Tooltip title={`Remove ${row.name}`}>
                    <IconButton
                      edge="end"
                      aria-label={`Remove ${row.name}`}
                      onClick={() => removing.ask(row)}
                    >
                      <RemoveIcon />
                    </IconButton>
                  </Tooltip>
                }
              >
                <ListItemText
                  primary={
                    <Link
                      component={RouterLink}
                      to={`/${row.kind}/${encodeURIComponent(row.id)}`}
                      sx={{ overflowWrap: 'anywhere' }}
                    >
                      {row.name}
                    </Link>
                  }
                  secondary={row.detail}
                  sx={{ pr: 5 }}
                />
              </ListItem>
            ))}
          </List>
        )}
      </QueryState>
      <AttachEntityDialog
        role={role}
        open={adding}
        onClose={() => setAdding(false)}
        held={new Set([...(userIds.data ?? []), ...(groupIds.data ?? [])])}
      />
      <ConfirmDialog
        open={removing.open}
        title={`Remove ${removing.target?.name ?? ''} from ${role.name}?`}
        confirmLabel="Remove"
        destructive
        onConfirm={() => {
          if (removing.target) remove.mutate(removing.target);
          removing.close();
        }}
        onClose={() => removing.close()}
      >
        {removing.target?.kind === 'groups'
          ? 'Members of the group lose the permissions the role grants, unless they hold it otherwise.'
          : 'The user loses the permissions the role grants, unless they hold it otherwise.'}
      </ConfirmDialog>
    </SectionCard>
  );
}
