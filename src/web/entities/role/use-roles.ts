import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import type { Role } from '../../../shared/schemas/role';
import { roleQueries } from './role-queries';

/**
 * Every role, loaded page after page into the one roles list: the first page shows as soon as it
 * arrives and the rest stream in behind it. A page that fails stops the stream until `retry`.
 */
export function useRolePages() {
  const query = useInfiniteQuery(roleQueries.list());
  const { hasNextPage, isFetching, isFetchNextPageError, fetchNextPage } = query;

  useEffect(() => {
    // Not while a refetch runs: fetchNextPage would cancel it.
    if (hasNextPage && !isFetching && !isFetchNextPageError) void fetchNextPage();
  }, [hasNextPage, isFetching, isFetchNextPageError, fetchNextPage]);

  const pages = query.data?.pages;
  const roles = useMemo(() => pages?.flatMap((p) => p.roles), [pages]);

  return {
    roles,
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

/** The whole roles list, shaped like a query's result: `data` only once every page is in. */
export interface RoleList {
  data: Role[] | undefined;
  isPending: boolean;
  error: Error | null;
  refetch: () => void;
}

/** Every role of the organization, for pickers and for naming roles: the whole list or nothing. */
export function useRoleList(): RoleList {
  const pages = useRolePages();
  const complete = pages.roles !== undefined && !pages.isLoadingMore;
  return {
    data: complete ? pages.roles : undefined,
    isPending: !complete && !pages.error,
    error: pages.error,
    refetch: pages.retry,
  };
}
