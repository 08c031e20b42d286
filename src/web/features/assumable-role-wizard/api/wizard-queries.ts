import { queryOptions } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { API } from '../../../../shared/api/contract';
import { clientAddressSchema } from '../../../../shared/schemas/console-api';
import { issuerLabel } from '../../../../shared/schemas/oidc-issuer';
import { apiRequest } from '../../../lib/api-client';
import { loadAllPages } from '../../../lib/load-all-pages';
import type { EntityKind } from '../model/wizard-schema';

const ROOT = ['assumable-role-wizard'] as const;

/**
 * What the wizard and the trust editor pick from: the organization's users, groups, OIDC issuers
 * and policies, each loaded whole (the API has no search), and the address the server sees.
 */
export const wizardQueries = {
  root: () => ROOT,
  users: () =>
    queryOptions({
      queryKey: [...ROOT, 'users'] as const,
      queryFn: ({ signal }) => loadAllPages(API.listUsers, (page) => page.users, signal),
      staleTime: 60_000,
    }),
  /** Groups come with their members, so the picker can count them. */
  groups: () =>
    queryOptions({
      queryKey: [...ROOT, 'groups'] as const,
      queryFn: ({ signal }) => loadAllPages(API.listGroups, (page) => page.groups, signal),
      staleTime: 60_000,
    }),
  issuers: () =>
    queryOptions({
      queryKey: [...ROOT, 'issuers'] as const,
      queryFn: ({ signal }) => loadAllPages(API.listIssuers, (page) => page.issuers, signal),
      staleTime: 60_000,
    }),
  policies: () =>
    queryOptions({
      queryKey: [...ROOT, 'policies'] as const,
      queryFn: ({ signal }) => loadAllPages(API.listPolicies, (page) => page.policies, signal),
      staleTime: 60_000,
    }),
  /** For "Add my IP": the source address the console server sees (it may differ per network). */
  clientAddress: () =>
    queryOptions({
      queryKey: [...ROOT, 'client-address'] as const,
      queryFn: ({ signal }) => apiRequest('/api/client-address', clientAddressSchema, { signal }),
      staleTime: 60_000,
    }),
};

/** The name of a user, group or issuer the pickers have loaded; undefined when not loaded. */
export function loadedEntityName(
  queryClient: QueryClient,
  kind: EntityKind,
  id: string,
): string | undefined {
  if (kind === 'user') {
    return queryClient.getQueryData(wizardQueries.users().queryKey)?.find((u) => u.id === id)?.name;
  }
  if (kind === 'group') {
    return queryClient.getQueryData(wizardQueries.groups().queryKey)?.find((g) => g.id === id)
      ?.display_name;
  }
  const issuer = queryClient
    .getQueryData(wizardQueries.issuers().queryKey)
    ?.find((i) => i.id === id);
  return issuer ? issuerLabel(issuer) : undefined;
}
