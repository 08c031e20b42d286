import { queryOptions } from '@tanstack/react-query';
import { healthSchema } from '../../../../shared/schemas/health';
import { organizationListSchema } from '../../../../shared/schemas/organization';
import { userReadSchema } from '../../../../shared/schemas/user';
import { apiRequest } from '../../../lib/api-client';

export const organizationQueries = {
  all: () => ['organization'] as const,
  current: () =>
    queryOptions({
      queryKey: [...organizationQueries.all(), 'current'] as const,
      queryFn: async ({ signal }) => {
        const list = await apiRequest('/api/v2/organizations', organizationListSchema, { signal });
        return list.organizations[0] ?? null;
      },
      staleTime: 5 * 60_000,
    }),
  /** Who the credential in use (the server's, or the user's own key) belongs to. */
  me: () =>
    queryOptions({
      queryKey: [...organizationQueries.all(), 'me'] as const,
      queryFn: async ({ signal }) =>
        (await apiRequest('/api/v2/users/me', userReadSchema, { signal })).user,
      staleTime: 5 * 60_000,
    }),
  health: () =>
    queryOptions({
      queryKey: [...organizationQueries.all(), 'health'] as const,
      queryFn: ({ signal }) => apiRequest('/healthz', healthSchema, { signal }),
      staleTime: 60_000,
    }),
};
