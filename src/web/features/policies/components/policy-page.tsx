import { PolicyDetail } from '../detail/policy-detail';

/** /policies/:policyId: the policy, its document and where it is attached; Edit opens the editor. */
export function PolicyPage({ policyId }: { policyId: string }) {
  return <PolicyDetail policyId={policyId} />;
}
