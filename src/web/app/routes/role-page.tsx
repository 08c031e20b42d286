import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { RoleTrust } from '../../../shared/schemas/role-trust';
import { TrustEditDialog } from '../../features/assumable-role-wizard/edit/trust-edit-dialog';
import { useOrganization } from '../../features/organization/api/organization-queries';
import { EffectivePermissions } from '../../features/permissions/effective/effective-permissions';
import { roleDetailQueries } from '../../features/roles/detail/api/role-detail-queries';
import { RoleDetail } from '../../features/roles/detail/components/role-detail';
import { useNotify } from '../../lib/snackbar';

/**
 * /roles/:roleId — the role feature's page, given the id of the organization picked in the top
 * bar for the Role ARN; its
 * Role Trust → Edit opens the wizard's trust editor.
 */
export function RolePage() {
  const { roleId = '' } = useParams();
  const organization = useOrganization();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [editing, setEditing] = useState<RoleTrust | null>(null);
  const saved = (trust: RoleTrust) => {
    // The page's role, not the reply's `role_id`: govultr's trust shape carries only the name.
    const { queryKey } = roleDetailQueries.trusts(roleId);
    // The card shows the saved trust at once; the list is then read again behind it.
    queryClient.setQueryData(queryKey, (list) =>
      list?.map((t) => (t.id === trust.id ? { ...trust, role_id: roleId } : t)),
    );
    void queryClient.invalidateQueries({ queryKey });
    notify({ message: 'Trust saved' });
  };
  const deleted = (trust: RoleTrust) => {
    // Deleted from the read-back warning: gone from the card list at once, then read again.
    const { queryKey } = roleDetailQueries.trusts(roleId);
    queryClient.setQueryData(queryKey, (list) => list?.filter((t) => t.id !== trust.id));
    void queryClient.invalidateQueries({ queryKey });
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
        effectivePermissions={<EffectivePermissions principal={{ kind: 'role', id: roleId }} />}
      />
      <TrustEditDialog
        trust={editing}
        onClose={() => setEditing(null)}
        onSaved={saved}
        onDeleted={deleted}
      />
    </>
  );
}
