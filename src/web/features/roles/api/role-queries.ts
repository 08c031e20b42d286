import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { roleListSchema, roleReadSchema } from '../../../../shared/schemas/role';
import { apiRequest } from '../../../lib/api-client';

export interface RoleListParams {
  perPage: number;
  cursor: string;
}

export const roleQueries = {
  all: () => ['roles'] as const,
  lists: () => [...roleQueries.all(), 'list'] as const,
  list: (params: RoleListParams) =>
    queryOptions({
      queryKey: [...roleQueries.lists(), params] as const,
      queryFn: ({ signal }) => {
        const search = new URLSearchParams({ per_page: String(params.perPage) });
        if (params.cursor) search.set('cursor', params.cursor);
        return apiRequest(`/api/v2/roles?${search}`, roleListSchema, { signal });
      },
      placeholderData: keepPreviousData,
    }),
  details: () => [...roleQueries.all(), 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...roleQueries.details(), id] as const,
      queryFn: async ({ signal }) =>
        (await apiRequest(`/api/v2/roles/${encodeURIComponent(id)}`, roleReadSchema, { signal }))
          .role,
    }),
};
