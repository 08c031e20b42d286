import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useDeferredValue, useMemo } from 'react';
import { Link as RouterLink } from 'react-router';
import { issuerLabel } from '../../../../shared/schemas/oidc-issuer';
import type { OidcIssuer } from '../../../../shared/schemas/oidc-issuer';
import { absoluteTime, relativeTime } from '../../../lib/dates';
import { usePlainListView } from '../../../lib/list-view';
import { instantValue, sortRows } from '../../../lib/sort';
import { NoMatches } from '../../../components/no-matches';
import { SearchField } from '../../../components/search-field';
import { useTableSort } from '../../../components/sortable-columns';
import type { SortableHeader } from '../../../components/sortable-columns';
import { mediumCell, wideCell } from '../../../components/table-sx';
import { filterIssuers } from './filter-issuers';

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

const SORT_KEYS = ['name', 'uri', 'kid', 'alg', 'fetched'] as const;
type SortKey = (typeof SORT_KEYS)[number];

function sortValue(issuer: OidcIssuer, key: SortKey) {
  switch (key) {
    case 'name':
      return issuerLabel(issuer);
    case 'uri':
      return issuer.uri;
    case 'kid':
      return issuer.kid;
    case 'alg':
      return issuer.alg;
    case 'fetched':
      return instantValue(issuer.jwks_fetched_at);
  }
}

function HeaderCell({ column, sx }: { column: SortableHeader; sx?: object }) {
  return (
    <TableCell sortDirection={column.sortDirection} sx={sx}>
      {column.header}
    </TableCell>
  );
}

/**
 * Every registered issuer, searched (name, URI, key ID, algorithm) and sorted in the browser; the
 * search and the sort are kept in the URL like the other tabs'.
 */
export function IssuersTable({ issuers }: { issuers: OidcIssuer[] }) {
  const { text, setText } = usePlainListView();
  const q = useDeferredValue(text);
  const { sort, column } = useTableSort(SORT_KEYS);
  const shown = useMemo(
    () => sortRows(filterIssuers(issuers, q), sort, sortValue),
    [issuers, q, sort],
  );
  return (
    <>
      <SearchField
        label="Search issuers"
        placeholder="Name, URI or key ID"
        value={text}
        onChange={setText}
        sx={{ mb: 1, width: '100%', maxWidth: { sm: 420 } }}
      />
      <Typography
        variant="body2"
        color="text.secondary"
        aria-live="polite"
        sx={{ mb: 1, minHeight: '1.43em' }}
      >
        {q.trim() !== '' && `${shown.length} of ${issuers.length} shown`}
      </Typography>
      {shown.length === 0 ? (
        <NoMatches
          message={`No issuers match “${q.trim()}”.`}
          clearLabel="Clear search"
          onClear={() => setText('')}
        />
      ) : (
        <TableContainer>
          <Table size="small" aria-label="OIDC Issuers">
            <TableHead>
              <TableRow>
                <HeaderCell column={column('name', 'Display name')} />
                <HeaderCell column={column('uri', 'URI')} />
                <HeaderCell column={column('kid', 'Key ID')} sx={wideCell} />
                <HeaderCell column={column('alg', 'Algorithm')} sx={mediumCell} />
                <HeaderCell column={column('fetched', 'Last JWKS fetch')} sx={mediumCell} />
              </TableRow>
            </TableHead>
            <TableBody>
              {shown.map((issuer) => (
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
      )}
    </>
  );
}
