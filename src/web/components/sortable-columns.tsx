import TableSortLabel from '@mui/material/TableSortLabel';
import { useCallback } from 'react';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { formatSort, nextSort, parseSort } from '../lib/sort';
import type { SortState } from '../lib/sort';

/** A sortable column's header: the sort button, and the aria-sort of its cell. */
export interface SortableHeader {
  header: ReactNode;
  sortDirection: 'asc' | 'desc' | false;
}

/**
 * A list's sort column, kept in the URL (`?sort=name`, `?sort=-created`) so reload and
 * back/forward keep it. A new sort starts again from the first page.
 */
export function useTableSort<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const sort = parseSort(params.get('sort'), keys);
  const sortBy = useCallback(
    (key: K) => {
      setParams(() => {
        // The live URL, not the router's copy: another write may still be on its way.
        const next = new URLSearchParams(window.location.search);
        const current = parseSort(next.get('sort'), keys);
        next.set('sort', formatSort(nextSort(current, key))!);
        next.delete('page');
        return next;
      });
    },
    [setParams, keys],
  );
  /** The header of the column `key`, named `label`. */
  const column = (key: K, label: string): SortableHeader => ({
    header: (
      <SortButton label={label} active={sort?.key === key} sort={sort} onSort={() => sortBy(key)} />
    ),
    sortDirection: sort?.key === key ? sort.direction : false,
  });
  return { sort, sortBy, column };
}

function SortButton({
  label,
  active,
  sort,
  onSort,
}: {
  label: string;
  active: boolean;
  sort: SortState | null;
  onSort: () => void;
}) {
  return (
    <TableSortLabel
      active={active}
      direction={active && sort ? sort.direction : 'asc'}
      onClick={onSort}
    >
      {label}
    </TableSortLabel>
  );
}
