import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { ListTabState } from '../lib/list-tab-view';
import { EmptyList } from './empty-list';
import type { EmptyListProps } from './empty-list';
import { NoMatches } from './no-matches';
import { QueryView } from './query-state';
import type { QueryLike } from './query-state';
import { SearchAndTypeToolbar } from './search-and-type-toolbar';
import { SearchField } from './search-field';
import { SortedPagedTable } from './sorted-paged-table';
import type { SortedColumn } from './sorted-paged-table';

/** A list's items counted in words: "1 role", "1,204 roles". */
export type Noun = readonly [one: string, many: string];

export const countOf = (n: number, [one, many]: Noun) =>
  `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** The search box above a list: its label, and what it searches if worth saying. */
export interface SearchBox {
  label: string;
  placeholder?: string;
  helperText?: string;
}

/** A list tab's table: its accessible name, its columns and one row's cells. */
export interface ListTable<T> {
  label: string;
  columns: readonly SortedColumn<T>[];
  row: (item: T) => ReactNode;
}

interface ListTabProps<T, F extends string> {
  /** The tab's heading, e.g. "Permission Policies". */
  title: string;
  noun: Noun;
  /** What Loading and Could not load name; the plural noun unless given. */
  what?: string;
  /** The buttons at the heading's end. */
  actions: ReactNode;
  query: QueryLike<readonly T[]>;
  /** The search and what it lets through; without it the tab counts the whole list. */
  list?: ListTabState<T, F>;
  search?: SearchBox;
  /** Said after the count, e.g. while more pages load. */
  countSuffix?: ReactNode;
  /** Shown between the search and the list, e.g. a warning about pages that did not load. */
  notice?: ReactNode;
  isEmpty?: (items: readonly T[]) => boolean;
  /** What the tab says when there are no items at all (else "No … yet."). */
  empty?: EmptyListProps;
  /** The table of what the search lets through, a page at a time. */
  table?: ListTable<T>;
  /** Or the list shown some other way, once loaded and not empty. */
  children?: (items: readonly T[]) => ReactNode;
}

function CountLine<T, F extends string>(
  props: Pick<ListTabProps<T, F>, 'noun' | 'list'> & {
    total: number | undefined;
  },
) {
  const { noun, list, total } = props;
  if (total === undefined) return null;
  return list?.filtered
    ? `${list.shown.length.toLocaleString()} of ${countOf(total, noun)}`
    : countOf(total, noun);
}

/** The search box, with the Type menu beside it when the list has one. */
export function ListSearchBar<T, F extends string>({
  list,
  search,
}: {
  list: ListTabState<T, F>;
  search: SearchBox;
}) {
  if (list.types.length > 1) {
    return (
      <SearchAndTypeToolbar<F>
        search={search}
        text={list.text}
        onText={list.setText}
        types={list.types}
        type={list.view.type}
        onType={list.setType}
      />
    );
  }
  return (
    <SearchField
      {...search}
      value={list.text}
      onChange={list.setText}
      sx={{ mb: 2, width: '100%', maxWidth: { sm: 420 } }}
    />
  );
}

/** The list, or when the search hides every item, a way to clear it. */
export function ListMatches<T, F extends string>({
  list,
  noun,
  children,
}: {
  list: ListTabState<T, F>;
  noun: Noun;
  children: ReactNode;
}) {
  if (list.shown.length > 0) return <>{children}</>;
  const typed = list.types.length > 1;
  return (
    <NoMatches
      message={
        typed
          ? `No ${noun[1]} match the search and type filter.`
          : `No ${noun[1]} match “${list.q.trim()}”.`
      }
      clearLabel={typed ? 'Clear filters' : 'Clear search'}
      onClear={list.clear}
    />
  );
}

/**
 * A tab of Manage Organization: its heading with the count and buttons, the search, then the
 * list (loading, failed with Retry, empty, nothing matching, or the items).
 */
export function ListTab<T extends { id: string }, F extends string>(props: ListTabProps<T, F>) {
  const { title, noun, list, search, query, empty, table, children } = props;
  return (
    <Box>
      <Stack direction="row" sx={{ mb: 2, gap: 1.5, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h6" component="h2" sx={{ whiteSpace: 'nowrap' }}>
          {title}
        </Typography>
        <Typography
          variant="body2"
          color="text.secondary"
          sx={{ flexGrow: 1, whiteSpace: 'nowrap' }}
          aria-live="polite"
        >
          <CountLine noun={noun} list={list} total={query.data?.length} />
          {props.countSuffix}
        </Typography>
        {props.actions}
      </Stack>
      {list && search && <ListSearchBar list={list} search={search} />}
      {props.notice}
      <QueryView
        what={props.what ?? noun[1]}
        query={query}
        isEmpty={props.isEmpty ?? ((items) => items.length === 0)}
        empty={empty && <EmptyList {...empty} />}
      >
        {(items) =>
          list && table ? (
            <ListMatches list={list} noun={noun}>
              <SortedPagedTable items={list.shown} {...table} {...list.paging} />
            </ListMatches>
          ) : (
            children?.(items)
          )
        }
      </QueryView>
    </Box>
  );
}
