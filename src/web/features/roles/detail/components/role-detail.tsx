import Breadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import type { Role } from '../../../../../shared/schemas/role';
import type { RoleTrust } from '../../../../../shared/schemas/role-trust';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { QueryState } from '../../../../components/query-state';
import { roleQueries } from '../../api/role-queries';
import { EntitiesSection } from './entities-section';
import { PoliciesSection } from './policies-section';
import { RoleHeader } from './role-header';
import { SessionsSection } from './sessions-section';
import { TrustSection } from './trust-section';

interface RoleDetailProps {
  roleId: string;
  /** The account part of the Role ARN; undefined while it loads. */
  organizationId?: string;
  /** The organization could not be read (or the key has none): the ARN cannot be given. */
  organizationMissing?: boolean;
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
  organizationId,
  organizationMissing = false,
  onEditTrust,
  onAddTrust,
  effectivePermissions,
}: RoleDetailProps) {
  const query = useQuery(roleQueries.detail(roleId));
  return (
    <>
      <Breadcrumbs sx={{ mb: 2 }}>
        <Link component={RouterLink} to="/organization/roles">
          Roles
        </Link>
        <Typography color="text.primary" sx={{ overflowWrap: 'anywhere' }}>
          {query.data?.name ?? 'Role'}
        </Typography>
      </Breadcrumbs>
      <QueryState
        what="the role"
        isPending={query.isPending}
        error={query.error}
        data={query.data}
        onRetry={() => void query.refetch()}
      >
        {(role) => (
          <Stack spacing={2}>
            <RoleHeader
              role={role}
              organizationId={organizationId}
              organizationMissing={organizationMissing}
            />
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
      </QueryState>
      {query.error && query.data === undefined && (
        <Link
          component={RouterLink}
          to="/organization/roles"
          sx={{ display: 'inline-block', mt: 2 }}
        >
          Back to Roles
        </Link>
      )}
    </>
  );
}
