import { useParams } from 'react-router';
import { NewPolicyPage } from '../../features/policies/components/new-policy-page';
import { PolicyPage } from '../../features/policies/components/policy-page';

/** /policies/:policyId — the policy and its editor. */
export function PolicyRoute() {
  const { policyId = '' } = useParams();
  return <PolicyPage policyId={policyId} />;
}

/** /policies/new — the editor, for a new policy. */
export function NewPolicyRoute() {
  return <NewPolicyPage />;
}
