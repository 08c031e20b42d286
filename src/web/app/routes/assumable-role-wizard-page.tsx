import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { Role } from '../../../shared/schemas/role';
import { AssumableRoleWizardPage as Wizard } from '../../features/assumable-role-wizard/components/assumable-role-wizard-page';
import { roleQueries } from '../../features/roles/api/role-queries';
import { useNotify } from '../../lib/snackbar';

/**
 * /roles/new/assumable — the wizard; once the role exists, the roles list learns of it and its
 * page opens with the Role Trust section expanded.
 */
export function AssumableRoleWizardPage() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const notify = useNotify();
  const created = (role: Role) => {
    queryClient.setQueryData(roleQueries.detail(role.id).queryKey, role);
    void queryClient.invalidateQueries({ queryKey: roleQueries.all().queryKey });
    notify({ message: `Role ${role.name} created with its trust` });
    void navigate(`/roles/${encodeURIComponent(role.id)}?trust=open`);
  };
  return <Wizard onCreated={created} />;
}
