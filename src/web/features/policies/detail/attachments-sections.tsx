import { useQuery } from '@tanstack/react-query';
import type { Policy } from '../../../../shared/schemas/policy';
import { policyQueries } from '../api/policy-queries';
import { AttachedList } from './attached-list';

/** The users this policy is attached to directly (GET /v2/policies/{id}/users). */
export function UsersSection({ policy }: { policy: Policy }) {
  const query = useQuery(policyQueries.users(policy.id));
  return (
    <AttachedList
      policy={policy}
      kind="users"
      rows={query.data?.map((user) => ({
        attachment: { kind: 'users', entity: user },
        secondary: user.email,
      }))}
      isPending={query.isPending}
      error={query.error}
      onRetry={() => void query.refetch()}
    />
  );
}

/** The groups this policy is attached to (GET /v2/policies/{id}/groups). */
export function GroupsSection({ policy }: { policy: Policy }) {
  const query = useQuery(policyQueries.groups(policy.id));
  return (
    <AttachedList
      policy={policy}
      kind="groups"
      rows={query.data?.map((group) => ({
        attachment: { kind: 'groups', entity: group },
        secondary: group.description,
      }))}
      isPending={query.isPending}
      error={query.error}
      onRetry={() => void query.refetch()}
    />
  );
}
