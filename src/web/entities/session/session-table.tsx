import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import type { Session } from '../../../shared/schemas/session';
import { mediumCell, visuallyHidden, wideCell } from '../../components/table-sx';
import { absoluteTime } from '../../lib/dates';
import { maskToken, revocationKey } from '../../lib/session-token';
import { useNow } from '../../lib/use-now';
import { relativeTo, zonedTime } from '../../lib/zoned-time';
import { heldCredentials, useHeldCredentials } from './held-credentials';
import { holderPage } from './session-holder';
import { remaining, secondsUntil } from './session-time';

/**
 * Which sessions the table lists, and so which columns it shows:
 * - `user`: one user's sessions (the Sessions page) — Role, Session name (marked when this tab
 *   holds its credentials), Auth method, Source IP, Assumed at, Expires at, Remaining;
 * - `role`: one role's sessions (a role's page) — Session name, User (a link to the user's page
 *   for a platform user), Source IP, Token (its end only), Started (with how long ago), Expires,
 *   Remaining.
 * Both end with Terminate.
 */
export type SessionColumns =
  | { of: 'user'; roleName: (session: Session) => string }
  | { of: 'role'; holderName: (session: Session) => string };

export interface SessionTableProps {
  sessions: readonly Session[];
  columns: SessionColumns;
  /** Terminate was pressed on a row (the caller asks first, then terminates). */
  onTerminate: (session: Session) => void;
}

const AUTH_METHODS: Record<string, string> = {
  api_key: 'API key',
  oidc: 'Web identity',
  jwt: 'Web identity (JWT)',
};
const authMethod = (s: Session) => AUTH_METHODS[s.auth_method] ?? (s.auth_method || '—');

/** Shown up to (not including) the medium breakpoint, where the Source IP column appears. */
const belowWide = { display: { xs: 'block', md: 'none' } } as const;
/** Shown on phones only, where the second column is hidden. */
const phoneOnly = { display: { xs: 'block', sm: 'none' } } as const;
const mono = { fontFamily: 'monospace' } as const;

/** The holder's name, a link to the user's page when a platform user holds the session. */
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

type CellSx = typeof mediumCell | typeof wideCell | undefined;

/** Each view's headings up to Remaining, with the breakpoint each column appears from. */
const HEADINGS: Record<SessionColumns['of'], readonly (readonly [string, CellSx])[]> = {
  user: [
    ['Role', mediumCell],
    ['Session name', undefined],
    ['Auth method', wideCell],
    ['Source IP', wideCell],
    ['Assumed at', wideCell],
    ['Expires at', wideCell],
  ],
  role: [
    ['Session name', undefined],
    ['User', mediumCell],
    ['Source IP', wideCell],
    ['Token', wideCell],
    ['Started', wideCell],
    ['Expires', wideCell],
  ],
};

function Headings({ of }: { of: SessionColumns['of'] }) {
  return (
    <TableHead>
      <TableRow>
        {HEADINGS[of].map(([title, sx]) => (
          <TableCell key={title} sx={sx}>
            {title}
          </TableCell>
        ))}
        <TableCell>Remaining</TableCell>
        <TableCell>
          <Box component="span" sx={visuallyHidden}>
            Actions
          </Box>
        </TableCell>
      </TableRow>
    </TableHead>
  );
}

/** The cells of a user's session, up to (not including) Remaining. */
function UserSessionCells({
  session: s,
  roleName,
  mine,
}: {
  session: Session;
  roleName: string;
  mine: boolean;
}) {
  return (
    <>
      <TableCell sx={{ ...mediumCell, overflowWrap: 'anywhere' }}>{roleName}</TableCell>
      <TableCell sx={{ overflowWrap: 'anywhere' }}>
        {s.session_name}
        {mine && <Chip size="small" label="this tab" variant="outlined" sx={{ ml: 0.5 }} />}
        {/* Phones have no Role column: the role goes under the name. */}
        <Typography variant="caption" color="text.secondary" sx={phoneOnly}>
          {roleName} · {authMethod(s)}
        </Typography>
      </TableCell>
      <TableCell sx={wideCell}>{authMethod(s)}</TableCell>
      <TableCell sx={{ ...wideCell, ...mono }}>{s.source_ip || '—'}</TableCell>
      <TableCell sx={wideCell}>{absoluteTime(s.assumed_at)}</TableCell>
      <TableCell sx={wideCell}>{absoluteTime(s.expires_at)}</TableCell>
    </>
  );
}

/** The cells of a role's session, up to (not including) Remaining. */
function RoleSessionCells({
  session: s,
  holderName,
  now,
}: {
  session: Session;
  holderName: string;
  now: Date;
}) {
  return (
    <>
      <TableCell sx={{ overflowWrap: 'anywhere' }}>
        {s.session_name}
        {/* Phones have no User column, narrow screens no Source IP: both go under the name. */}
        <Typography variant="caption" color="text.secondary" sx={phoneOnly}>
          <Holder session={s} name={holderName} />
        </Typography>
        <Typography variant="caption" color="text.secondary" sx={belowWide}>
          Source IP{' '}
          <Box component="span" sx={mono}>
            {s.source_ip || '—'}
          </Box>
        </Typography>
      </TableCell>
      <TableCell sx={mediumCell}>
        <Holder session={s} name={holderName} />
      </TableCell>
      <TableCell sx={{ ...wideCell, ...mono }}>{s.source_ip || '—'}</TableCell>
      <TableCell sx={{ ...wideCell, ...mono }}>{maskToken(s.session_token)}</TableCell>
      <TableCell sx={wideCell}>
        {zonedTime(s.assumed_at)}
        {s.assumed_at && (
          <Typography variant="caption" color="text.secondary" component="div">
            {relativeTo(s.assumed_at, now)}
          </Typography>
        )}
      </TableCell>
      <TableCell sx={wideCell}>{zonedTime(s.expires_at)}</TableCell>
    </>
  );
}

/**
 * Active sessions as a table, with a live countdown and a Terminate button on each row: one
 * user's sessions or one role's (see `SessionColumns`). Terminate is offered when the session can
 * be addressed: by the token the list gave, or the one this tab holds for it.
 */
export function SessionTable({ sessions, columns, onTerminate }: SessionTableProps) {
  const now = useNow(1000);
  // Re-render when this tab obtains or clears a token, to mark its own sessions.
  useHeldCredentials();
  return (
    <TableContainer>
      <Table
        size="small"
        aria-label="Active sessions"
        sx={{ '& td, & th': { px: { xs: 1, sm: columns.of === 'user' ? 1.5 : 2 } } }}
      >
        <Headings of={columns.of} />
        <TableBody>
          {sessions.map((s) => {
            const left = remaining(secondsUntil(s.expires_at, now));
            const held = heldCredentials.tokenOf(s);
            return (
              <TableRow key={s.session_token || s.id}>
                {columns.of === 'user' ? (
                  <UserSessionCells
                    session={s}
                    roleName={columns.roleName(s)}
                    mine={held !== null}
                  />
                ) : (
                  <RoleSessionCells session={s} holderName={columns.holderName(s)} now={now} />
                )}
                {columns.of === 'user' ? (
                  <TableCell sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                    <Typography
                      variant="body2"
                      component="span"
                      sx={{ fontWeight: left.tone === 'normal' ? 400 : 600 }}
                    >
                      {left.text}
                    </Typography>
                  </TableCell>
                ) : (
                  <TableCell sx={{ fontVariantNumeric: 'tabular-nums' }}>
                    {left.tone === 'expired' ? 'Expired' : left.text}
                  </TableCell>
                )}
                <TableCell align="right">
                  <Button
                    size="small"
                    color="error"
                    disabled={revocationKey(s, held) === null}
                    aria-label={`Terminate ${s.session_name}`}
                    onClick={() => onTerminate(s)}
                  >
                    Terminate
                  </Button>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
