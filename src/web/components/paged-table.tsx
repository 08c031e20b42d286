import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import type { TableCellProps } from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { PAGE_SIZES } from '../lib/list-view';

/** Which page of a list is asked for, and how to ask for another (pages count from 0). */
export interface Paging {
  page: number;
  size: number;
  onPage: (page: number) => void;
  onSize: (size: number) => void;
}

/** The page to show and its rows, out of a list already searched and filtered. */
export function usePageRows<T>(items: readonly T[], page: number, size: number) {
  // A page past the end (a stale URL, or a search that just narrowed) shows the last one.
  const shown = Math.min(page, Math.max(0, Math.ceil(items.length / size) - 1));
  const rows = useMemo(() => items.slice(shown * size, shown * size + size), [items, shown, size]);
  return { shown, rows };
}

/**
 * The footer that moves between pages and sets how many rows a page holds. On a phone its parts
 * wrap onto a second line instead of pushing the page arrows out of sight.
 */
export function PageControls({ count, page, size, onPage, onSize }: Paging & { count: number }) {
  return (
    <TablePagination
      component="div"
      sx={{
        overflow: 'visible',
        '& .MuiTablePagination-toolbar': {
          flexWrap: 'wrap',
          justifyContent: 'flex-end',
          pl: { xs: 0.5, sm: 2 },
          rowGap: 0.5,
        },
        '& .MuiTablePagination-actions': { ml: { xs: 1, sm: 2.5 } },
      }}
      count={count}
      page={page}
      rowsPerPage={size}
      rowsPerPageOptions={[...PAGE_SIZES]}
      onPageChange={(_e, next) => onPage(next)}
      onRowsPerPageChange={(e) => onSize(Number(e.target.value))}
    />
  );
}

/** A header cell: its words, and the styles that hide its column on narrow screens. */
export interface Column {
  label: string;
  /** What the header cell shows in place of the label, e.g. a sort button. */
  header?: ReactNode;
  /** Set on the column the rows are sorted by (read out as aria-sort). */
  sortDirection?: TableCellProps['sortDirection'];
  sx?: TableCellProps['sx'];
  align?: TableCellProps['align'];
}

interface PagedTableProps<T> extends Paging {
  /** The table's accessible name. */
  label: string;
  items: readonly T[];
  columns: readonly Column[];
  /** One item's cells. */
  children: (item: T) => ReactNode;
}

/** One page of a list as a small table, with the controls to move between pages. */
export function PagedTable<T extends { id: string }>(props: PagedTableProps<T>) {
  const { label, items, columns, children: cells, ...paging } = props;
  const { shown, rows } = usePageRows(items, paging.page, paging.size);
  return (
    <>
      <TableContainer>
        <Table size="small" aria-label={label}>
          <TableHead>
            <TableRow>
              {columns.map(({ label: words, header, ...cell }) => (
                <TableCell key={words} {...cell}>
                  {header ?? words}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((item) => (
              <TableRow key={item.id} hover>
                {cells(item)}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <PageControls {...paging} count={items.length} page={shown} />
    </>
  );
}

interface NameCellProps {
  /** The row's own page. */
  to: string;
  name: string;
  /** What narrow screens show under the name, in place of the columns they hide. */
  children?: ReactNode;
}

/** A row's first cell: its name, as a link to its page. */
export function NameCell({ to, name, children }: NameCellProps) {
  return (
    <TableCell sx={{ overflowWrap: 'break-word' }}>
      <Link component={RouterLink} to={to} sx={{ fontWeight: 500 }}>
        {name}
      </Link>
      {children}
    </TableCell>
  );
}
