import { useQuery } from '@tanstack/react-query';
import type { Role } from '../../../../../shared/schemas/role';
import type { PickerState } from '../../../../components/editable-list-section';
import { PickOneDialog } from '../../../../components/pick-one-dialog';
import { policyPick } from '../../../../entities/policy/policy-pick';
import { policyQueries } from '../../../../entities/policy/policy-queries';
import { useAttachPolicy } from '../api/use-role-policies';

/** Picks one of the organization's policies that the role does not hold yet. */
export function AttachPolicyDialog({ role, ...picker }: PickerState & { role: Role }) {
  const catalog = useQuery({ ...policyQueries.list(), enabled: picker.open });
  const attach = useAttachPolicy(role.id);
  return <PickOneDialog {...picker} {...policyPick} from={catalog} onPick={attach.mutate} />;
}
