import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import type { Role } from '../../../../../shared/schemas/role';
import type { RoleTrust } from '../../../../../shared/schemas/role-trust';
import type { ReactNode } from 'react';
import { DetailPage } from '../../../../components/detail-page';
import { roleKind } from '../../../../entities/role/role-kind';
import { roleQueries } from '../../../../entities/role/role-queries';
import { EntitiesSection } from './entities-section';
import { PoliciesSection } from './policies-section';
import type { ArnOrganization } from './role-facts';
import { RoleHeader } from './role-header';
import { SessionsSection } from './sessions-section';
import { TrustSection } from './trust-section';

interface RoleDetailProps extends ArnOrganization {
  roleId: string;
  /** Opens an editor for a trust (the app supplies it); without it, Edit stays disabled. */
  onEditTrust?: (trust: RoleTrust) => void;
  /** Role Trust → Add trust; without it the button is not shown. */
  onAddTrust?: (role: Role) => void;
  /** What the role's policies allow, from the permissions views (the app supplies it). */
  effectivePermissions?: ReactNode;
}

/**
 * The role page: header, then its sections stacked. Assignable roles are held by users and
 * groups; assumable roles have trusts and sessions instead.
 */
export function RoleDetail({
  roleId,
  onEditTrust,
  onAddTrust,
  effectivePermissions,
  ...organization
}: RoleDetailProps) {
  const query = useQuery(roleQueries.detail(roleId));
  return (
    <DetailPage kind={roleKind} query={query}>
      {(role) => (
        <Stack spacing={2}>
          <RoleHeader role={role} {...organization} />
          <PoliciesSection role={role} />
          {role.role_type === 'assignable' ? (
            <EntitiesSection role={role} />
          ) : (
            <>
              <TrustSection role={role} onEditTrust={onEditTrust} onAddTrust={onAddTrust} />
              <SessionsSection role={role} />
            </>
          )}
          {effectivePermissions}
        </Stack>
      )}
    </DetailPage>
  );
}
