import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { issuerLabel } from '../../../lib/issuer-label';
import type { OidcIssuer } from '../../../../shared/schemas/oidc-issuer';
import { PLAIN_LIST_VIEW, useListTab } from '../../../lib/list-tab-view';
import { instantValue } from '../../../lib/sort';
import { ListMatches, ListSearchBar } from '../../../components/list-tab';
import { RelativeTime } from '../../../components/relative-time';
import { sortable, useSortedColumns } from '../../../components/sorted-paged-table';
import type { SortedColumn } from '../../../components/sorted-paged-table';
import { mediumCell, wideCell } from '../../../components/table-sx';
import { ISSUER_SEARCH } from './filter-issuers';

const MONO = { fontFamily: 'monospace', fontSize: '0.8rem', wordBreak: 'break-all' } as const;

const SEARCH = { label: 'Search issuers', placeholder: 'Name, URI or key ID' };

const COLUMNS: readonly SortedColumn<OidcIssuer>[] = [
  sortable('Display name', 'name', issuerLabel),
  sortable('URI', 'uri', (i) => i.uri),
  sortable('Key ID', 'kid', (i) => i.kid, { sx: wideCell }),
  sortable('Algorithm', 'alg', (i) => i.alg, { sx: mediumCell }),
  sortable('Last JWKS fetch', 'fetched', (i) => instantValue(i.jwks_fetched_at), {
    sx: mediumCell,
  }),
];

function IssuerRow({ issuer }: { issuer: OidcIssuer }) {
  return (
    <TableRow hover>
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
        {/* A pasted key is never fetched: "—". */}
        <RelativeTime iso={issuer.jwks_fetched_at} />
      </TableCell>
    </TableRow>
  );
}

/**
 * Every registered issuer, searched (name, URI, key ID, algorithm) and sorted in the browser; the
 * search and the sort are kept in the URL like the other tabs'.
 */
export function IssuersTable({ issuers }: { issuers: readonly OidcIssuer[] }) {
  const list = useListTab(issuers, PLAIN_LIST_VIEW, ISSUER_SEARCH);
  const { sorted, headers } = useSortedColumns(list.shown, COLUMNS);
  return (
    <>
      <ListSearchBar list={list} search={SEARCH} />
      <Typography
        variant="body2"
        color="text.secondary"
        aria-live="polite"
        sx={{ mb: 1, minHeight: '1.43em' }}
      >
        {list.filtered && `${list.shown.length} of ${issuers.length} shown`}
      </Typography>
      <ListMatches list={list} noun={['issuer', 'issuers']}>
        <TableContainer>
          <Table size="small" aria-label="OIDC Issuers">
            <TableHead>
              <TableRow>
                {headers.map(({ label, header, ...cell }) => (
                  <TableCell key={label} {...cell}>
                    {header}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {sorted.map((issuer) => (
                <IssuerRow key={issuer.id} issuer={issuer} />
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      </ListMatches>
    </>
  );
}
