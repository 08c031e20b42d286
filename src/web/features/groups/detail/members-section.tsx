import PersonAddIcon from '@mui/icons-material/PersonAddAlt';
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
import type { UserSummary } from '../../../../shared/schemas/user';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { groupQueries } from '../api/group-queries';
import { useAddMember, useRemoveMember } from '../api/use-group-members';
import { PickOneDialog } from './pick-one-dialog';
import { SectionCard } from '../../../components/section-card';
import { useConfirmTarget } from './use-confirm-target';

/** The group's members, each opening its user page; add one, or remove one after confirming. */
export function MembersSection({ group }: { group: Group }) {
  const [adding, setAdding] = useState(false);
  const removing = useConfirmTarget<UserSummary>();
  const add = useAddMember(group.id);
  const remove = useRemoveMember(group.id);
  const users = useQuery({ ...groupQueries.users(), enabled: adding });
  const members = new Set(group.members.map((m) => m.id));

  return (
    <SectionCard
      title="Members"
      action={
        <Tooltip title="Add member">
          <IconButton aria-label="Add member" color="primary" onClick={() => setAdding(true)}>
            <PersonAddIcon />
          </IconButton>
        </Tooltip>
      }
    >
      {group.members.length === 0 ? (
        <Typography color="text.secondary">No members yet.</Typography>
      ) : (
        <List dense disablePadding aria-label="Members">
          {group.members.map((member) => (
            <ListItem
              key={member.id}
              divider
              disableGutters
              secondaryAction={
                <Tooltip title={`Remove ${member.name}`}>
                  <IconButton
                    edge="end"
                    aria-label={`Remove ${member.name}`}
                    onClick={() => removing.ask(member)}
                  >
                    <RemoveIcon />
                  </IconButton>
                </Tooltip>
              }
            >
              <ListItemText
                primary={
                  <Link component={RouterLink} to={`/users/${member.id}`}>
                    {member.name || member.id}
                  </Link>
                }
                secondary={member.email}
                sx={{ pr: 5, overflowWrap: 'anywhere' }}
              />
            </ListItem>
          ))}
        </List>
      )}
      <PickOneDialog
        open={adding}
        onClose={() => setAdding(false)}
        title="Add member"
        label="User"
        choices={users.data
          ?.filter((u) => !members.has(u.id))
          .map((u) => ({
            id: u.id,
            primary: u.name,
            secondary: u.email,
            value: { id: u.id, name: u.name, email: u.email },
          }))}
        loadError={users.error}
        onPick={(user) => add.mutate(user)}
      />
      <ConfirmDialog
        open={removing.open}
        title={`Remove ${removing.target?.name ?? ''} from ${group.display_name}?`}
        confirmLabel="Remove"
        destructive
        onConfirm={() => {
          if (removing.target) remove.mutate(removing.target);
          removing.close();
        }}
        onClose={() => removing.close()}
      >
        The user loses the roles and policies that come through this group, unless they hold them
        otherwise.
      </ConfirmDialog>
    </SectionCard>
  );
}
