import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { Session } from '../../../../shared/schemas/session';
import { absoluteTime } from '../../../lib/dates';
import { useNow } from '../../../lib/use-now';
import { heldCredentials, useHeldCredentials } from '../model/held-credentials';
import { remaining, secondsUntil } from '../model/remaining';
import { mediumCell, visuallyHidden, wideCell } from '../../../components/table-sx';
import { revocationKey } from '../../../lib/session-token';

const AUTH_METHODS: Record<string, string> = {
  api_key: 'API key',
  oidc: 'Web identity',
  jwt: 'Web identity (JWT)',
};
const authMethod = (s: Session) => AUTH_METHODS[s.auth_method] ?? (s.auth_method || '—');

interface SessionsTableProps {
  sessions: readonly Session[];
  roleName: (s: Session) => string;
  onTerminate: (s: Session) => void;
}

/** Role, session name, auth method, source IP, assumed at, expires at, remaining (live), Terminate. */
export function SessionsTable({ sessions, roleName, onTerminate }: SessionsTableProps) {
  const now = useNow(1000);
  // Re-render when this tab obtains or clears a token, to mark its own sessions.
  useHeldCredentials();
  return (
    <TableContainer>
      <Table
        size="small"
        aria-label="Active sessions"
        sx={{ '& td, & th': { px: { xs: 1, sm: 1.5 } } }}
      >
        <TableHead>
          <TableRow>
            <TableCell sx={mediumCell}>Role</TableCell>
            <TableCell>Session name</TableCell>
            <TableCell sx={wideCell}>Auth method</TableCell>
            <TableCell sx={wideCell}>Source IP</TableCell>
            <TableCell sx={wideCell}>Assumed at</TableCell>
            <TableCell sx={wideCell}>Expires at</TableCell>
            <TableCell>Remaining</TableCell>
            <TableCell>
              <Box component="span" sx={visuallyHidden}>
                Actions
              </Box>
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {sessions.map((s) => {
            const left = remaining(secondsUntil(s.expires_at, now));
            const held = heldCredentials.tokenOf(s);
            const mine = held !== null;
            return (
              <TableRow key={s.session_token || s.id}>
                <TableCell sx={{ ...mediumCell, overflowWrap: 'anywhere' }}>
                  {roleName(s)}
                </TableCell>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>
                  {s.session_name}
                  {mine && (
                    <Chip size="small" label="this tab" variant="outlined" sx={{ ml: 0.5 }} />
                  )}
                  {/* Phones have no Role column: the role goes under the name. */}
                  <Typography
                    variant="caption"
                    color="text.secondary"
                    sx={{ display: { xs: 'block', sm: 'none' } }}
                  >
                    {roleName(s)} · {authMethod(s)}
                  </Typography>
                </TableCell>
                <TableCell sx={wideCell}>{authMethod(s)}</TableCell>
                <TableCell sx={{ ...wideCell, fontFamily: 'monospace' }}>
                  {s.source_ip || '—'}
                </TableCell>
                <TableCell sx={wideCell}>{absoluteTime(s.assumed_at)}</TableCell>
                <TableCell sx={wideCell}>{absoluteTime(s.expires_at)}</TableCell>
                <TableCell sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                  <Typography
                    variant="body2"
                    component="span"
                    sx={{ fontWeight: left.tone === 'normal' ? 400 : 600 }}
                  >
                    {left.text}
                  </Typography>
                </TableCell>
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
