import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { Role } from '../../../shared/schemas/role';
import type { RoleTrust } from '../../../shared/schemas/role-trust';
import { TrustAddDialog } from '../../features/assumable-role-wizard/edit/trust-add-dialog';
import { TrustEditDialog } from '../../features/assumable-role-wizard/edit/trust-edit-dialog';
import { useOrganization } from '../../features/organization/api/organization-queries';
import { permissionsOf } from './principal-permissions';
import { trustQueries } from '../../entities/trust/trust-queries';
import { RoleDetail } from '../../features/roles/detail/components/role-detail';
import { useNotify } from '../../lib/snackbar';

/**
 * /roles/:roleId — the role feature's page, given the id of the organization picked in the top
 * bar for the Role ARN; its Role Trust → Add trust and → Edit open the wizard's trust dialogs.
 */
export function RolePage() {
  const { roleId = '' } = useParams();
  const organization = useOrganization();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [editing, setEditing] = useState<RoleTrust | null>(null);
  const [adding, setAdding] = useState<Role | null>(null);
  // The page's role, not the reply's `role_id`: govultr's trust shape carries only the name.
  const { queryKey: trustsKey } = trustQueries.ofRole(roleId);
  const saved = (trust: RoleTrust) => {
    // The card shows the saved trust at once; the write's meta has the list read again behind it.
    queryClient.setQueryData(trustsKey, (list) =>
      list?.map((t) => (t.id === trust.id ? { ...trust, role_id: roleId } : t)),
    );
    notify({ message: 'Trust saved' });
  };
  const added = (trust: RoleTrust | null) => {
    // The new card shows at once (when the trust could be read back); the list is read again.
    if (trust) {
      queryClient.setQueryData(trustsKey, (list) =>
        list && !list.some((t) => t.id === trust.id)
          ? [...list, { ...trust, role_id: roleId }]
          : list,
      );
    }
    notify({ message: 'Trust added' });
  };
  const deleted = (trust?: RoleTrust) => {
    // Deleted from the read-back warning: gone from the card list at once, then read again.
    if (trust)
      queryClient.setQueryData(trustsKey, (list) => list?.filter((t) => t.id !== trust.id));
    notify({ message: 'Trust deleted' });
  };
  return (
    <>
      <RoleDetail
        key={roleId}
        roleId={roleId}
        organizationId={organization.current?.id}
        organizationMissing={organization.current === null || organization.error !== null}
        onEditTrust={setEditing}
        onAddTrust={setAdding}
        effectivePermissions={permissionsOf('role', roleId)}
      />
      <TrustEditDialog
        trust={editing}
        onClose={() => setEditing(null)}
        onSaved={saved}
        onDeleted={deleted}
      />
      <TrustAddDialog
        role={adding}
        onClose={() => setAdding(null)}
        onAdded={added}
        onDeleted={() => deleted()}
      />
    </>
  );
}
