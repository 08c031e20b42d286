import type { Policy } from '../../../../shared/schemas/policy';
import { DeleteEntityButton } from '../../../components/delete-entity-button';
import { useDeletePolicy } from '../api/use-delete-policy';

/** Delete policy, asked first; the notice after it offers Undo. */
export function DeletePolicyButton({ policy }: { policy: Policy }) {
  return (
    <DeleteEntityButton
      noun="policy"
      name={policy.name}
      remove={useDeletePolicy(policy)}
      keepOpenOnError
    >
      Users, groups and roles holding it lose the permissions it grants. You can undo this right
      after.
    </DeleteEntityButton>
  );
}
