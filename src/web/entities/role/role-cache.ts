import type { QueryClient } from '@tanstack/react-query';
import type { Role } from '../../../shared/schemas/role';
import { roleQueries } from './role-queries';

/** Takes a deleted role out of the cached roles list at once (the list is read again after). */
export function dropRoleFromList(queryClient: QueryClient, roleId: string) {
  queryClient.setQueryData(
    roleQueries.list().queryKey,
    (data) =>
      data && {
        ...data,
        pages: data.pages.map((page) => ({
          ...page,
          roles: page.roles.filter((r) => r.id !== roleId),
        })),
      },
  );
}

/**
 * Shows a created role on its own page without a read and, once every page of the roles list is
 * in, last in the list (where the API's creation order puts it); the list is read again after.
 */
export function addRoleToCache(queryClient: QueryClient, role: Role) {
  queryClient.setQueryData(roleQueries.detail(role.id).queryKey, role);
  queryClient.setQueryData(roleQueries.list().queryKey, (data) => {
    const last = data?.pages.at(-1);
    if (
      !data ||
      !last ||
      last.meta.links.next ||
      data.pages.some((p) => p.roles.some((r) => r.id === role.id))
    ) {
      return data;
    }
    return {
      ...data,
      pages: [...data.pages.slice(0, -1), { ...last, roles: [...last.roles, role] }],
    };
  });
}
