import { useMemo } from 'react';
import type { Role } from '../../../../shared/schemas/role';
import { useRoleList } from '../../../entities/role/use-roles';

/**
 * The roles a group may hold: only assignable roles are given to groups. Picked out of the one
 * roles list, so it is undefined until every page of it is in.
 */
export function useAssignableRoles(): { data: Role[] | undefined; error: Error | null } {
  const { data, error } = useRoleList();
  const assignable = useMemo(() => data?.filter((r) => r.role_type === 'assignable'), [data]);
  return { data: assignable, error };
}
