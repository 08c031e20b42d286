import { useQuery } from '@tanstack/react-query';
import { DirectAndThrough } from '../../../components/entity-list';
import { QuerySection } from '../../../components/query-section';
import { groupQueries } from '../../../entities/group/group-queries';
import { policyListItem } from '../../../entities/policy/policy-list-item';

/** GET /v2/groups/{id}/policies: attached to the group itself, and through the roles it holds. */
export function GroupPoliciesSection({ groupId }: { groupId: string }) {
  const policies = useQuery(groupQueries.policies(groupId));
  return (
    <QuerySection title="Policies" query={policies} what="the group's policies">
      {(p) => (
        <DirectAndThrough
          noun="policies"
          direct={p.direct.map(policyListItem)}
          through={{
            title: 'From roles',
            label: 'Policies from roles',
            items: p.from_roles.map(policyListItem),
          }}
          empty={{
            direct: 'No policies attached to the group.',
            through: "No policies through the group's roles.",
          }}
        />
      )}
    </QuerySection>
  );
}
