import { useQuery } from '@tanstack/react-query';
import type { QueryKey, UseQueryOptions } from '@tanstack/react-query';
import type { ComponentType, ReactNode } from 'react';
import { useParams } from 'react-router';
import type { EntityPageKind } from '../../components/detail-page';
import { missingEntity, NotFound } from '../../components/not-found';
import type { NotFoundProps } from '../../components/not-found';
import { ApiError } from '../../lib/api-client';

/** Any URL the console does not have. */
export function UnknownPage() {
  return (
    <NotFound
      title="Page not found"
      detail="The console has no page at this address. It may have been mistyped, or the link is out of date."
      back={{ to: '/organization/roles', label: 'Go to Manage Organization' }}
    />
  );
}

interface MissingGuardProps<T, K extends QueryKey> {
  /** The page's own read of the thing (the same query, so nothing is fetched twice). */
  query: UseQueryOptions<T, Error, T, K>;
  /** Shown when the API answers 404. */
  missing: NotFoundProps;
  children: ReactNode;
}

/**
 * Shows the page, unless the API says its object does not exist (deleted, or a mistyped id):
 * then "not found" with a way back, rather than an error with a Retry that cannot succeed.
 */
export function MissingGuard<T, K extends QueryKey>({
  query,
  missing,
  children,
}: MissingGuardProps<T, K>) {
  const { error } = useQuery(query);
  if (error instanceof ApiError && error.status === 404) return <NotFound {...missing} />;
  return <>{children}</>;
}

/**
 * The route of an entity's page (`:param` its id): "not found" when the API has no such entity,
 * else the page. The guard's read starts while the page's code is still on its way.
 */
export function guardedRoute<T, K extends QueryKey>(
  param: string,
  kind: EntityPageKind<T>,
  query: (id: string) => UseQueryOptions<T, Error, T, K>,
  Page: ComponentType,
) {
  return function GuardedRoute() {
    const id = useParams()[param] ?? '';
    return (
      <MissingGuard query={query(id)} missing={missingEntity(kind, id)}>
        <Page />
      </MissingGuard>
    );
  };
}
