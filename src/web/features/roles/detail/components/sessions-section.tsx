import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { Link as RouterLink } from 'react-router';
import { issuerLabel } from '../../../../../shared/schemas/oidc-issuer';
import type { OidcIssuer } from '../../../../../shared/schemas/oidc-issuer';
import type { Role } from '../../../../../shared/schemas/role';
import type { Session } from '../../../../../shared/schemas/session';
import type { User } from '../../../../../shared/schemas/user';
import { ConfirmDialog } from '../../../../components/confirm-dialog';
import { QueryState } from '../../../../components/query-state';
import { SectionCard } from '../../../../components/section-card';
import { mediumCell, visuallyHidden, wideCell } from '../../../../components/table-sx';
import { revocationKey } from '../../../../lib/session-token';
import { useNow } from '../../../../lib/use-now';
import { relativeTo, zonedTime } from '../../../../lib/zoned-time';
import { roleDetailQueries } from '../api/role-detail-queries';
import { useTerminateSession } from '../api/use-terminate-session';
import { countdown, maskedToken, secondsUntil } from '../model/session-format';
import type { RoleSessions } from '../model/role-sessions';
import { useConfirmTarget } from './use-confirm-target';

/**
 * Who holds the session: the user (named from the users list), or for a web identity session
 * the token's subject (the emulator's `oidc_subject`, [E]) or else the issuer's name.
 */
export function holderOf(
  session: Session,
  users: readonly User[] | undefined,
  issuers: readonly OidcIssuer[] | undefined,
): string {
  if (session.auth_method === 'oidc' || (!session.user_id && session.oidc_issuer_id)) {
    const issuer = issuers?.find((i) => i.id === session.oidc_issuer_id);
    const who = session.oidc_subject || (issuer ? issuerLabel(issuer) : 'OIDC subject');
    return `${who} (OIDC)`;
  }
  const user = users?.find((u) => u.id === session.user_id);
  return user?.name || user?.email || session.user_id || '—';
}

/** The user's page, for a session a platform user holds; null for a web identity session. */
function holderPage(session: Session): string | null {
  if (session.auth_method === 'oidc' || !session.user_id) return null;
  return `/users/${encodeURIComponent(session.user_id)}`;
}

/** The holder's name, a link to the user's page when a user holds the session. */
function Holder({ session, name }: { session: Session; name: string }) {
  const page = holderPage(session);
  return page ? (
    <Link component={RouterLink} to={page}>
      {name}
    </Link>
  ) : (
    <>{name}</>
  );
}

/** Shown up to (not including) the medium breakpoint, where the Source IP column appears. */
const belowWide = { display: { xs: 'block', md: 'none' } } as const;

const WEB_IDENTITY_NOTE =
  'Sessions started with web identity tokens cannot be listed on this upstream: Vultr lists sessions per user, and they belong to no user.';

/**
 * Who is acting as this role right now and from which address, when it started and ends (on the
 * viewer's clock, zone named) with a live countdown, and a way to end it.
 */
export function SessionsSection({ role }: { role: Role }) {
  const sessions = useQuery({ ...roleDetailQueries.sessions(role.id), refetchInterval: 30_000 });
  const users = useQuery(roleDetailQueries.users());
  const issuers = useQuery(roleDetailQueries.issuers());
  const terminate = useTerminateSession(role.id);
  const ending = useConfirmTarget<Session>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const now = useNow(1000);
  const who = (s: Session) => holderOf(s, users.data, issuers.data);

  return (
    <SectionCard title="Active Sessions" headingRef={headingRef}>
      <QueryState
        what="active sessions"
        isPending={sessions.isPending}
        error={sessions.error}
        data={sessions.data}
        onRetry={() => void sessions.refetch()}
        isEmpty={(d: RoleSessions) => d.sessions.length === 0}
        empty={
          <>
            <Typography color="text.secondary">No active sessions</Typography>
            {sessions.data?.missesWebIdentity && (
              <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                {WEB_IDENTITY_NOTE}
              </Typography>
            )}
          </>
        }
      >
        {({ sessions: list, missesWebIdentity }) => (
          <>
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
                    <TableCell sx={wideCell}>Source IP</TableCell>
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
                    <TableRow key={s.session_token || s.id}>
                      <TableCell sx={{ overflowWrap: 'anywhere' }}>
                        {s.session_name}
                        <Typography
                          variant="caption"
                          color="text.secondary"
                          sx={{ display: { xs: 'block', sm: 'none' } }}
                        >
                          <Holder session={s} name={who(s)} />
                        </Typography>
                        <Typography variant="caption" color="text.secondary" sx={belowWide}>
                          Source IP{' '}
                          <Box component="span" sx={{ fontFamily: 'monospace' }}>
                            {s.source_ip || '—'}
                          </Box>
                        </Typography>
                      </TableCell>
                      <TableCell sx={mediumCell}>
                        <Holder session={s} name={who(s)} />
                      </TableCell>
                      <TableCell sx={{ ...wideCell, fontFamily: 'monospace' }}>
                        {s.source_ip || '—'}
                      </TableCell>
                      <TableCell sx={{ ...wideCell, fontFamily: 'monospace' }}>
                        {maskedToken(s)}
                      </TableCell>
                      <TableCell sx={wideCell}>
                        {zonedTime(s.assumed_at)}
                        {s.assumed_at && (
                          <Typography variant="caption" color="text.secondary" component="div">
                            {relativeTo(s.assumed_at, now)}
                          </Typography>
                        )}
                      </TableCell>
                      <TableCell sx={wideCell}>{zonedTime(s.expires_at)}</TableCell>
                      <TableCell sx={{ fontVariantNumeric: 'tabular-nums' }}>
                        {countdown(secondsUntil(s.expires_at, now))}
                      </TableCell>
                      <TableCell align="right">
                        <Button
                          size="small"
                          color="error"
                          disabled={revocationKey(s, null) === null}
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
            {missesWebIdentity && (
              <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                {WEB_IDENTITY_NOTE}
              </Typography>
            )}
          </>
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
