import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import { Link as RouterLink } from 'react-router';
import { issuerLabel } from '../../../../shared/schemas/oidc-issuer';
import type { OidcIssuer } from '../../../../shared/schemas/oidc-issuer';
import { absoluteTime, relativeTime } from '../../../lib/dates';
import { mediumCell, wideCell } from '../../../components/table-sx';

const MONO = { fontFamily: 'monospace', fontSize: '0.8rem', wordBreak: 'break-all' } as const;

/** When the keys were last fetched; "—" for a key that was pasted, which is never fetched. */
function LastFetch({ at }: { at: string }) {
  if (at === '') return <>—</>;
  return (
    <Tooltip title={absoluteTime(at)}>
      <span>{relativeTime(at)}</span>
    </Tooltip>
  );
}

export function IssuersTable({ issuers }: { issuers: OidcIssuer[] }) {
  return (
    <TableContainer>
      <Table size="small" aria-label="OIDC Issuers">
        <TableHead>
          <TableRow>
            <TableCell>Display name</TableCell>
            <TableCell>URI</TableCell>
            <TableCell sx={wideCell}>Key ID</TableCell>
            <TableCell sx={mediumCell}>Algorithm</TableCell>
            <TableCell sx={mediumCell}>Last JWKS fetch</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {issuers.map((issuer) => (
            <TableRow key={issuer.id} hover>
              <TableCell>
                <Link
                  component={RouterLink}
                  to={`/oidc-issuers/${encodeURIComponent(issuer.id)}`}
                  sx={{ fontWeight: 500, overflowWrap: 'anywhere' }}
                >
                  {issuerLabel(issuer)}
                </Link>
              </TableCell>
              <TableCell sx={MONO}>{issuer.uri}</TableCell>
              <TableCell sx={{ ...wideCell, ...MONO }}>{issuer.kid || '—'}</TableCell>
              <TableCell sx={mediumCell}>{issuer.alg || '—'}</TableCell>
              <TableCell sx={{ ...mediumCell, whiteSpace: 'nowrap' }}>
                <LastFetch at={issuer.jwks_fetched_at} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
