import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import type { Policy } from '../../../../shared/schemas/policy';
import type { RoleRef } from '../../../../shared/schemas/role';
import { QueryState } from '../../../components/query-state';
import { userQueries } from '../api/user-queries';
import { DirectAndInherited } from './access-lists';
import type { AccessItem } from './access-lists';
import { SectionCard } from '../../../components/section-card';

const roleItem = (role: RoleRef): AccessItem => ({
  id: role.id,
  name: role.name,
  description: role.description,
  to: `/roles/${role.id}`,
});

const policyItem = (policy: Policy): AccessItem => ({
  id: policy.id,
  name: policy.name,
  description: policy.description,
  to: `/policies/${policy.id}`,
  badge: (
    <Chip size="small" variant="outlined" label={policy.is_system_policy ? 'System' : 'Custom'} />
  ),
});

/** GET /v2/users/{id}/roles: roles given to the user, and those it holds through its groups. */
export function UserRolesSection({ userId }: { userId: string }) {
  const roles = useQuery(userQueries.roles(userId));
  return (
    <SectionCard title="Roles">
      <QueryState
        what="the user's roles"
        isPending={roles.isPending}
        error={roles.error}
        data={roles.data}
        onRetry={() => void roles.refetch()}
      >
        {(r) => (
          <DirectAndInherited
            noun="roles"
            split={r.split}
            all={r.all.map(roleItem)}
            allEmpty="No roles."
            direct={r.direct.map(roleItem)}
            inherited={r.inherited.map(roleItem)}
            directEmpty="No roles given to this user."
            inheritedEmpty="No roles through groups."
          />
        )}
      </QueryState>
    </SectionCard>
  );
}

/** GET /v2/users/{id}/policies: attached to the user, and through its groups and roles. */
export function UserPoliciesSection({ userId }: { userId: string }) {
  const policies = useQuery(userQueries.policies(userId));
  return (
    <SectionCard title="Policies">
      <QueryState
        what="the user's policies"
        isPending={policies.isPending}
        error={policies.error}
        data={policies.data}
        onRetry={() => void policies.refetch()}
      >
        {(p) => (
          <>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
              The user may do what these policies allow and none of them deny.
            </Typography>
            <DirectAndInherited
              noun="policies"
              split={p.split}
              all={p.all.map(policyItem)}
              allEmpty="No policies."
              direct={p.direct.map(policyItem)}
              inherited={p.inherited.map(policyItem)}
              directEmpty="No policies attached to this user."
              inheritedEmpty="No policies through groups or roles."
            />
          </>
        )}
      </QueryState>
    </SectionCard>
  );
}
