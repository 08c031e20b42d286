import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { pathOf, ROUTES } from '../../../../shared/api/routes';
import type { RouteInfo } from '../../../../shared/api/routes';
import { userQueries } from '../../../entities/user/user-queries';
import { useAssignableRoles } from '../api/use-assignable-roles';
import type { NewGroupInput } from './new-group-schema';
import { counted, joinWords } from './plain-words';

/** Stands in for the id the first request returns. */
const NEW_GROUP = '{new group}';

/** A route's path with the new group's placeholder left readable. */
const newGroupPath = (route: RouteInfo, params: Record<string, string> = {}) =>
  pathOf(route, { ...params, groupId: NEW_GROUP }).replaceAll(
    encodeURIComponent(NEW_GROUP),
    NEW_GROUP,
  );

const strong = (text: string) => (
  <Box component="strong" sx={{ fontWeight: 600 }}>
    {text}
  </Box>
);

/** Step 2: what Create Group will do, in plain words, and the requests it will send. */
export function ReviewStep() {
  const { control } = useFormContext<NewGroupInput>();
  const [name = '', description = '', memberIds = [], roleIds = []] = useWatch({
    control,
    name: ['display_name', 'description', 'member_ids', 'role_ids'],
  });
  const users = useQuery(userQueries.list());
  const roles = useAssignableRoles();
  const memberNames = memberIds.map((id) => users.data?.find((u) => u.id === id)?.name ?? id);
  const picked = roleIds.map((id) => ({
    id,
    name: roles.data?.find((r) => r.id === id)?.name ?? id,
  }));
  const roleNames = picked.map((r) => r.name);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const requests = [
    `POST ${pathOf(ROUTES.createGroup)}`,
    ...memberNames.map((m) => `POST ${newGroupPath(ROUTES.addGroupMember)} (${m})`),
    ...picked.map(
      (r) => `POST ${newGroupPath(ROUTES.attachRoleGroup, { roleId: r.id })} (${r.name})`,
    ),
  ];

  return (
    <Stack spacing={1.5}>
      <Typography ref={heading} tabIndex={-1} variant="h6" component="h2" sx={{ outline: 'none' }}>
        Review
      </Typography>
      <Typography>
        A new group named {strong(name.trim())}.{' '}
        {description.trim() ? <>Its description: “{description.trim()}”</> : 'No description.'}
      </Typography>
      <Typography>
        {memberNames.length > 0 ? (
          <>
            It will have {counted(memberNames.length, 'member')}: {strong(joinWords(memberNames))}.
          </>
        ) : (
          'It will have no members yet; you can add them from its page.'
        )}
      </Typography>
      <Typography>
        {roleNames.length > 0 ? (
          <>
            It will hold {counted(roleNames.length, 'role')}: {strong(joinWords(roleNames))}, so its
            members get the permissions of {roleNames.length === 1 ? 'that role' : 'those roles'}.
          </>
        ) : (
          'It will hold no roles yet, so membership alone grants no permissions.'
        )}
      </Typography>
      <Box>
        <Typography variant="subtitle2" component="h3">
          Requests, in order
        </Typography>
        <Box
          component="ol"
          sx={{
            my: 0.5,
            pl: 3,
            fontFamily: 'monospace',
            fontSize: '0.8125rem',
            overflowWrap: 'anywhere',
          }}
        >
          {requests.map((r, i) => (
            <li key={i}>{r}</li>
          ))}
        </Box>
        <Typography variant="body2" color="text.secondary">
          If a step fails, the new group is deleted again, so nothing half-made stays behind.
        </Typography>
      </Box>
    </Stack>
  );
}
