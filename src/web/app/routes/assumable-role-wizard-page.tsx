import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { Role } from '../../../shared/schemas/role';
import { addRoleToCache } from '../../entities/role/role-cache';
import { useRoleList } from '../../entities/role/use-roles';
import { AssumableRoleWizardPage as Wizard } from '../../features/assumable-role-wizard/components/assumable-role-wizard-page';
import { useNotify } from '../../lib/snackbar';

/**
 * /roles/new/assumable — the wizard, given the organization's roles (to refuse a taken name on
 * step 1); once the role exists, the roles list shows it at once and its page opens with the Role
 * Trust section expanded.
 */
export function AssumableRoleWizardPage() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const notify = useNotify();
  // Only the whole list can say a name is free: while pages still arrive, nothing is judged.
  const roles = useRoleList().data;
  const roleNames = useMemo(() => roles?.map((r) => r.name), [roles]);
  const created = (role: Role) => {
    // Add Role itself marks the roles stale; the list and the role's page show it meanwhile.
    addRoleToCache(queryClient, role);
    notify({ message: `Role ${role.name} created with its trust` });
    void navigate(`/roles/${encodeURIComponent(role.id)}?trust=open`);
  };
  return <Wizard onCreated={created} roleNames={roleNames} />;
}
