import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import type { Role } from '../../../../../shared/schemas/role';
import type { Session } from '../../../../../shared/schemas/session';
import type { User } from '../../../../../shared/schemas/user';
import { ConfirmDialog } from '../../../../components/confirm-dialog';
import { QueryState } from '../../../../components/query-state';
import { absoluteTime, relativeTime } from '../../../../lib/dates';
import { roleDetailQueries } from '../api/role-detail-queries';
import { useTerminateSession } from '../api/use-terminate-session';
import { countdown, maskedToken, secondsUntil } from '../model/session-format';
import { SectionCard } from '../../../../components/section-card';
import { useNow } from '../../../../lib/use-now';
import { useConfirmTarget } from './use-confirm-target';
import { mediumCell, visuallyHidden, wideCell } from '../../../../components/table-sx';
import { useRef } from 'react';

function holderOf(session: Session, users: User[] | undefined): string {
  if (session.auth_method === 'oidc') return `${session.oidc_subject || 'OIDC subject'} (OIDC)`;
  return users?.find((u) => u.id === session.user_id)?.name ?? session.user_id;
}

/** Who is acting as this role right now, with a live countdown, and a way to end it. */
export function SessionsSection({ role }: { role: Role }) {
  const sessions = useQuery({ ...roleDetailQueries.sessions(role.id), refetchInterval: 30_000 });
  const users = useQuery(roleDetailQueries.users());
  const terminate = useTerminateSession(role.id);
  const ending = useConfirmTarget<Session>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const now = useNow(1000);

  return (
    <SectionCard title="Active Sessions" headingRef={headingRef}>
      <QueryState
        what="active sessions"
        isPending={sessions.isPending}
        error={sessions.error}
        data={sessions.data}
        onRetry={() => void sessions.refetch()}
        isEmpty={(d) => d.length === 0}
        empty={<Typography color="text.secondary">No active sessions</Typography>}
      >
        {(list) => (
          <TableContainer>
            <Table
              size="small"
              aria-label="Active sessions"
              sx={{ '& td, & th': { px: { xs: 1, sm: 2 } } }}
            >
              <TableHead>
                <TableRow>
                  <TableCell>Session name</TableCell>
                  <TableCell sx={mediumCell}>User</TableCell>
                  <TableCell sx={wideCell}>Token</TableCell>
                  <TableCell sx={wideCell}>Started</TableCell>
                  <TableCell sx={wideCell}>Expires</TableCell>
                  <TableCell>Remaining</TableCell>
                  <TableCell>
                    <Box component="span" sx={visuallyHidden}>
                      Actions
                    </Box>
                  </TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {list.map((s) => (
                  <TableRow key={s.id || s.session_token}>
                    <TableCell sx={{ overflowWrap: 'anywhere' }}>
                      {s.session_name}
                      <Typography
                        variant="caption"
                        color="text.secondary"
                        sx={{ display: { xs: 'block', sm: 'none' } }}
                      >
                        {holderOf(s, users.data)}
                      </Typography>
                    </TableCell>
                    <TableCell sx={mediumCell}>{holderOf(s, users.data)}</TableCell>
                    <TableCell sx={{ ...wideCell, fontFamily: 'monospace' }}>
                      {maskedToken(s)}
                    </TableCell>
                    <TableCell sx={wideCell}>
                      <Tooltip title={absoluteTime(s.assumed_at)}>
                        <span>{relativeTime(s.assumed_at)}</span>
                      </Tooltip>
                    </TableCell>
                    <TableCell sx={wideCell}>{absoluteTime(s.expires_at)}</TableCell>
                    <TableCell sx={{ fontVariantNumeric: 'tabular-nums' }}>
                      {countdown(secondsUntil(s.expires_at, now))}
                    </TableCell>
                    <TableCell align="right">
                      <Button
                        size="small"
                        color="error"
                        disabled={!s.id}
                        aria-label={`Terminate ${s.session_name}`}
                        onClick={() => ending.ask(s)}
                      >
                        Terminate
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </QueryState>
      <ConfirmDialog
        open={ending.open}
        title={`Terminate session ${ending.target?.session_name ?? ''}?`}
        confirmLabel="Terminate"
        destructive
        busy={terminate.isPending}
        focusAfterConfirm={headingRef}
        onConfirm={() => {
          if (ending.target) terminate.mutate(ending.target, { onSettled: () => ending.close() });
        }}
        onClose={() => ending.close()}
      >
        Its token stops working at once; whoever uses it has to assume the role again.
      </ConfirmDialog>
    </SectionCard>
  );
}
