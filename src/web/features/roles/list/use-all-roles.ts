import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { roleQueries } from '../api/role-queries';
import { toSearchable } from './filter-roles';

/**
 * Every role, loaded page after page into one query: the first page shows as soon as it
 * arrives and the rest stream in behind it. A page that fails stops the stream until `retry`.
 */
export function useAllRoles() {
  const query = useInfiniteQuery(roleQueries.all());
  const { hasNextPage, isFetching, isFetchNextPageError, fetchNextPage } = query;

  useEffect(() => {
    // Not while a refetch runs: fetchNextPage would cancel it.
    if (hasNextPage && !isFetching && !isFetchNextPageError) void fetchNextPage();
  }, [hasNextPage, isFetching, isFetchNextPageError, fetchNextPage]);

  const pages = query.data?.pages;
  const roles = useMemo(() => pages?.flatMap((p) => p.roles), [pages]);
  const searchable = useMemo(() => (roles ? toSearchable(roles) : undefined), [roles]);

  return {
    roles,
    searchable,
    /** What the API said the organization holds, from the first page. */
    total: pages?.[0]?.meta.total ?? 0,
    isPending: query.isPending,
    /** True while pages are still arriving after the first. */
    isLoadingMore: hasNextPage && !isFetchNextPageError,
    error: query.error,
    /** A failure after some roles arrived: they stay on screen. */
    moreFailed: isFetchNextPageError,
    retry: () => void (isFetchNextPageError ? fetchNextPage() : query.refetch()),
  };
}
