import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { RoleTrust } from '../../../shared/schemas/role-trust';
import { TrustEditDialog } from '../../features/assumable-role-wizard/edit/trust-edit-dialog';
import { organizationQueries } from '../../features/organization/api/organization-queries';
import { roleDetailQueries } from '../../features/roles/detail/api/role-detail-queries';
import { RoleDetail } from '../../features/roles/detail/components/role-detail';
import { useNotify } from '../../lib/snackbar';

/**
 * /roles/:roleId — the role feature's page, given the organization id for the Role ARN; its
 * Role Trust → Edit opens the wizard's trust editor.
 */
export function RolePage() {
  const { roleId = '' } = useParams();
  const organization = useQuery(organizationQueries.current());
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [editing, setEditing] = useState<RoleTrust | null>(null);
  const saved = (trust: RoleTrust) => {
    const { queryKey } = roleDetailQueries.trusts(trust.role_id);
    // The card shows the saved trust at once; the list is then read again behind it.
    queryClient.setQueryData(queryKey, (list) => list?.map((t) => (t.id === trust.id ? trust : t)));
    void queryClient.invalidateQueries({ queryKey });
    notify({ message: 'Trust saved' });
  };
  return (
    <>
      <RoleDetail
        key={roleId}
        roleId={roleId}
        organizationId={organization.data?.id}
        onEditTrust={setEditing}
      />
      <TrustEditDialog trust={editing} onClose={() => setEditing(null)} onSaved={saved} />
    </>
  );
}
