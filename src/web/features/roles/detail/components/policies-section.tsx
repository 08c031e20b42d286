import type { Role } from '../../../../../shared/schemas/role';
import { EditableListSection } from '../../../../components/editable-list-section';
import { loaded } from '../../../../components/query-state';
import { policyListItem } from '../../../../entities/policy/policy-list-item';
import { useDetachPolicy } from '../api/use-role-policies';
import { AttachPolicyDialog } from './attach-policy-dialog';

/**
 * The role's permission policies, each name a link to its page: attach one more, or detach one
 * after confirming.
 */
export function PoliciesSection({ role }: { role: Role }) {
  const { mutate: detach } = useDetachPolicy(role.id);
  return (
    <EditableListSection
      title="Permission Policies"
      add={{
        label: 'Attach policy',
        dialog: (picker) => <AttachPolicyDialog {...picker} role={role} />,
      }}
      list={{
        query: loaded(role.policies),
        what: "the role's policies",
        empty: 'No policies attached yet.',
        label: 'Attached policies',
        item: policyListItem,
      }}
      remove={{
        verb: 'Detach',
        question: (policy) => `Detach policy ${policy.name}?`,
        consequence: () => 'The role loses the permissions this policy grants.',
        run: detach,
      }}
    />
  );
}
