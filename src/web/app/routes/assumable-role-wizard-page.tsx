import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { Role } from '../../../shared/schemas/role';
import { AssumableRoleWizardPage as Wizard } from '../../features/assumable-role-wizard/components/assumable-role-wizard-page';
import { roleQueries } from '../../features/roles/api/role-queries';
import { useAllRoles } from '../../features/roles/list/use-all-roles';
import { useNotify } from '../../lib/snackbar';

/**
 * /roles/new/assumable — the wizard, given the roles the Roles tab loads (to refuse a taken name
 * on step 1); once the role exists, the roles list learns of it and its page opens with the Role
 * Trust section expanded.
 */
export function AssumableRoleWizardPage() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const notify = useNotify();
  const { roles, isLoadingMore } = useAllRoles();
  // Only the whole list can say a name is free; while pages still arrive, nothing is judged.
  const roleNames = useMemo(
    () => (roles && !isLoadingMore ? roles.map((r) => r.name) : undefined),
    [roles, isLoadingMore],
  );
  const created = (role: Role) => {
    queryClient.setQueryData(roleQueries.detail(role.id).queryKey, role);
    void queryClient.invalidateQueries({ queryKey: roleQueries.all().queryKey });
    notify({ message: `Role ${role.name} created with its trust` });
    void navigate(`/roles/${encodeURIComponent(role.id)}?trust=open`);
  };
  return <Wizard onCreated={created} roleNames={roleNames} />;
}
