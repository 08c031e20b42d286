import { ALL_ACTIONS } from '../../../../shared/iam/actions';
import type { PolicyDocument } from '../../../../shared/schemas/policy';
import { trustFixture } from '../../../entities/trust/trust.fixture';
import type { OrgLists } from './build-org-graph';

/**
 * A small organization shaped like the embedded demo, as the API's lists give it, for unit tests
 * of the permission views. Ids are readable words: the builder does not care what ids look like.
 */

const doc = (...statements: { Effect: 'Allow' | 'Deny'; Action: string[] }[]): PolicyDocument => ({
  Version: '2026-03-20',
  Statement: statements.map((s) => ({ ...s, Resource: ['*'] })),
});
const allow = (...Action: string[]) => ({ Effect: 'Allow' as const, Action });
const deny = (...Action: string[]) => ({ Effect: 'Deny' as const, Action });

const user = (id: string, name: string) => ({ id, name, email: `${id}@example.com` });
const policy = (id: string, name: string, document: PolicyDocument) => ({
  id,
  name,
  policy_document: document,
});
const role = (id: string, name: string, role_type: string, policies: string[]) => ({
  id,
  name,
  role_type,
  policies: policies.map((p) => ({ id: p })),
});

export function demoLists(): OrgLists {
  return {
    users: [
      user('avery', 'Avery Quinn'),
      user('blake', 'Blake Chen'),
      user('carmen', 'Carmen Diaz'),
      user('devi', 'Devi Patel'),
      user('emil', 'Emil Novak'),
      user('farah', 'Farah Haddad'),
      user('ci', 'ci-deployer'),
    ],
    groups: [
      { id: 'platform', display_name: 'Platform Engineers' },
      { id: 'oncall', display_name: 'On-call' },
      { id: 'auditors', display_name: 'Auditors' },
    ],
    policies: [
      policy('admin', 'AdministratorAccess', doc(allow('*'))),
      policy(
        'readonly',
        'ReadOnlyAccess',
        doc(allow(...ALL_ACTIONS.filter((a) => /\.(List|Read)$/.test(a)))),
      ),
      policy('billing', 'BillingReadOnly', doc(allow('account.billing.List'))),
      policy(
        'compute',
        'ComputeOperator',
        doc(allow('compute.instance.*', 'compute.snapshot.*'), deny('compute.instance.Delete')),
      ),
      policy('k8s', 'KubernetesDeployer', doc(allow('kubernetes.cluster.List'))),
      policy('db', 'DatabaseAdmin', doc(allow('database.*'))),
      policy('storage', 'ObjectStorageReadWrite', doc(allow('storage.bucket.*'))),
      policy(
        'assume',
        'AssumeRoles',
        doc(allow('iam.role.AssumeRole', 'iam.role.Read', 'iam.assumedrole.Read')),
      ),
    ],
    roles: [
      role('developer', 'Developer', 'assignable', ['readonly', 'k8s']),
      role('billing-viewer', 'Billing Viewer', 'assignable', ['billing']),
      role('auditor', 'Auditor', 'assignable', ['readonly']),
      role('oncall-responder', 'On-call Responder', 'assumable', ['compute', 'db']),
      role('breakglass', 'Break-glass Administrator', 'assumable', ['admin']),
      role('ci-deployer', 'CI Deployer', 'assumable', ['k8s', 'storage']),
    ],
    members: new Map([
      ['platform', ['blake', 'carmen', 'farah']],
      ['oncall', ['carmen', 'devi']],
      ['auditors', ['emil']],
    ]),
    policyUsers: new Map([['assume', ['ci']]]),
    policyGroups: new Map([['assume', ['oncall', 'platform']]]),
    roleUsers: new Map([['billing-viewer', ['farah']]]),
    roleGroups: new Map([
      ['developer', ['platform']],
      ['auditor', ['auditors']],
    ]),
  };
}

/** A trust as the API reads it, naming nobody until `over` says whom. */
export const trust = trustFixture;
