import { queryOptions } from '@tanstack/react-query';
import { clientAddressSchema } from '../../../../shared/schemas/console-api';
import { groupListSchema } from '../../../../shared/schemas/group';
import { oidcIssuerListSchema } from '../../../../shared/schemas/oidc-issuer';
import { policyListSchema } from '../../../../shared/schemas/policy';
import { userListSchema } from '../../../../shared/schemas/user';
import { apiRequest } from '../../../lib/api-client';
import { loadAllPagesByPath } from '../../../lib/load-all-pages';

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
      queryFn: ({ signal }) =>
        loadAllPagesByPath('/api/v2/users', userListSchema, (page) => page.users, signal),
      staleTime: 60_000,
    }),
  /** Groups come with their members, so the picker can count them. */
  groups: () =>
    queryOptions({
      queryKey: [...ROOT, 'groups'] as const,
      queryFn: ({ signal }) =>
        loadAllPagesByPath('/api/v2/groups', groupListSchema, (page) => page.groups, signal),
      staleTime: 60_000,
    }),
  issuers: () =>
    queryOptions({
      queryKey: [...ROOT, 'issuers'] as const,
      queryFn: ({ signal }) =>
        loadAllPagesByPath('/api/v2/oidc/issuer', oidcIssuerListSchema, (page) => page.issuers, signal),
      staleTime: 60_000,
    }),
  policies: () =>
    queryOptions({
      queryKey: [...ROOT, 'policies'] as const,
      queryFn: ({ signal }) =>
        loadAllPagesByPath('/api/v2/policies', policyListSchema, (page) => page.policies, signal),
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
