import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { policyListItem } from '../../../entities/policy/policy-list-item';
import { roleListItem } from '../../../entities/role/role-list-item';
import { userQueries } from '../../../entities/user/user-queries';
import { AccessSection } from './access-section';

const NO_ROLES = {
  all: 'No roles.',
  direct: 'No roles given to this user.',
  inherited: 'No roles through groups.',
};

const NO_POLICIES = {
  all: 'No policies.',
  direct: 'No policies attached to this user.',
  inherited: 'No policies through groups or roles.',
};

/** GET /v2/users/{id}/roles: roles given to the user, and those it holds through its groups. */
export function UserRolesSection({ userId }: { userId: string }) {
  const roles = useQuery(userQueries.roles(userId));
  return (
    <AccessSection title="Roles" noun="roles" query={roles} item={roleListItem} empty={NO_ROLES} />
  );
}

/** GET /v2/users/{id}/policies: attached to the user, and through its groups and roles. */
export function UserPoliciesSection({ userId }: { userId: string }) {
  const policies = useQuery(userQueries.policies(userId));
  return (
    <AccessSection
      title="Policies"
      noun="policies"
      query={policies}
      item={policyListItem}
      empty={NO_POLICIES}
      intro={
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          The user may do what these policies allow and none of them deny.
        </Typography>
      }
    />
  );
}
