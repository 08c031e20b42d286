import { memo, useMemo } from 'react';
import type { ReactNode } from 'react';
import { sortRows } from '../lib/sort';
import type { SortValue } from '../lib/sort';
import { PagedTable } from './paged-table';
import type { Column, Paging } from './paged-table';
import { useTableSort } from './sortable-columns';

/** A column of a list's table; one with `sort` has a sort button in its header. */
export interface SortedColumn<T> extends Omit<Column, 'header' | 'sortDirection'> {
  /** Its name in the URL (`?sort=`) and the value of a row it sorts on. */
  sort?: { key: string; value: (row: T) => SortValue };
}

/** A column sorted by `value`, named `key` in the URL; `cell` hides it on narrow screens or aligns it. */
export function sortable<T>(
  label: string,
  key: string,
  value: (row: T) => SortValue,
  cell?: Pick<Column, 'sx' | 'align'>,
): SortedColumn<T> {
  return { label, ...cell, sort: { key, value } };
}

/** The sort columns' keys, for the URL, and the rows sorted by the column picked there. */
export function useSortedColumns<T>(rows: readonly T[], columns: readonly SortedColumn<T>[]) {
  const byKey = useMemo(
    () => new Map(columns.flatMap(({ sort }) => (sort ? [[sort.key, sort.value]] : []))),
    [columns],
  );
  const keys = useMemo(() => [...byKey.keys()], [byKey]);
  const { sort, column } = useTableSort(keys);
  const sorted = useMemo(
    () => sortRows(rows, sort, (row, key) => byKey.get(key)?.(row) ?? null),
    [rows, sort, byKey],
  );
  const headers: Column[] = columns.map(({ sort: by, ...cell }) =>
    by ? { ...cell, ...column(by.key, cell.label) } : cell,
  );
  return { sorted, headers };
}

interface SortedPagedTableProps<T> extends Paging {
  /** The table's accessible name. */
  label: string;
  /** The rows, already searched and filtered. */
  items: readonly T[];
  columns: readonly SortedColumn<T>[];
  /** One row's cells. */
  row: (item: T) => ReactNode;
}

function SortedPagedTableBody<T extends { id: string }>(props: SortedPagedTableProps<T>) {
  const { label, items, columns, row, ...paging } = props;
  const { sorted, headers } = useSortedColumns(items, columns);
  return (
    <PagedTable label={label} items={sorted} columns={headers} {...paging}>
      {row}
    </PagedTable>
  );
}

/**
 * One page of a list, sorted by the column picked (kept in the URL), with the controls to move
 * between pages. Memoized: given columns and a row function that do not change, and the stable
 * paging callbacks of useListTabView, a keystroke re-renders it only once its filtering is done.
 */
export const SortedPagedTable = memo(SortedPagedTableBody) as typeof SortedPagedTableBody;
