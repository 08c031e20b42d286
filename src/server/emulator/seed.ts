import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { ALL_ACTIONS } from '../../shared/iam/actions';
import { POLICY_VERSION } from '../../shared/schemas/policy';
import type { Clock } from '../clock';
import { DEV_ISSUER_PLACEHOLDER_URI } from './oidc/dev-issuer';
import type { Db } from './store/database';
import { generateApiKey, storeApiKey } from './store/api-keys';
import { storedTime } from './store/time';

/** The plain API keys the seed created, by user email (the store keeps only digests). */
export interface SeedResult {
  organizationId: string;
  ownerUserId: string;
  apiKeys: Record<string, string>;
}

export function isSeeded(db: Db): boolean {
  return db.prepare('SELECT EXISTS(SELECT 1 FROM organizations)').pluck().get() === 1;
}

type Statement = { Effect: 'Allow' | 'Deny'; Action: string[]; Resource: string[] };
const allow = (...actions: string[]): Statement => ({
  Effect: 'Allow',
  Action: actions,
  Resource: ['*'],
});
const deny = (...actions: string[]): Statement => ({
  Effect: 'Deny',
  Action: actions,
  Resource: ['*'],
});

const USERS = [
  { key: 'owner', name: 'Avery Quinn', email: 'avery@acme-robotics.example', owner: true },
  { key: 'blake', name: 'Blake Chen', email: 'blake@acme-robotics.example' },
  { key: 'carmen', name: 'Carmen Diaz', email: 'carmen@acme-robotics.example' },
  { key: 'devi', name: 'Devi Patel', email: 'devi@acme-robotics.example' },
  { key: 'emil', name: 'Emil Novak', email: 'emil@acme-robotics.example' },
  { key: 'farah', name: 'Farah Haddad', email: 'farah@acme-robotics.example' },
  { key: 'ci', name: 'ci-deployer', email: 'ci-deployer@acme-robotics.example', service: true },
] as const;
type UserKey = (typeof USERS)[number]['key'];

const GROUPS: { key: string; name: string; description: string; members: UserKey[] }[] = [
  {
    key: 'platform',
    name: 'Platform Engineers',
    description: 'Build and run the shared compute and Kubernetes platform.',
    members: ['blake', 'carmen', 'farah'],
  },
  {
    key: 'oncall',
    name: 'On-call',
    description: 'This week’s incident responders.',
    members: ['carmen', 'devi'],
  },
  {
    key: 'auditors',
    name: 'Auditors',
    description: 'Read-only access for compliance reviews.',
    members: ['emil'],
  },
];

const POLICIES: {
  key: string;
  name: string;
  description: string;
  system?: boolean;
  statements: Statement[];
}[] = [
  {
    key: 'admin',
    name: 'AdministratorAccess',
    description: 'Full access to every service and resource.',
    system: true,
    statements: [allow('*')],
  },
  {
    key: 'readonly',
    name: 'ReadOnlyAccess',
    description: 'List and read every resource; change nothing.',
    system: true,
    // Every List and Read in the catalogue: an auditor sees the whole organization.
    statements: [allow(...ALL_ACTIONS.filter((a) => /\.(List|Read)$/.test(a)))],
  },
  {
    key: 'billing',
    name: 'BillingReadOnly',
    description: 'View invoices and usage.',
    system: true,
    statements: [allow('account.billing.List', 'account.billing.Read')],
  },
  {
    key: 'compute',
    name: 'ComputeOperator',
    description: 'Start, stop, resize and snapshot compute instances.',
    statements: [
      allow('compute.instance.*', 'compute.snapshot.*'),
      deny('compute.instance.Delete'),
    ],
  },
  {
    key: 'k8s',
    name: 'KubernetesDeployer',
    description: 'Deploy workloads to Kubernetes clusters and pull from the registry.',
    statements: [
      allow(
        'kubernetes.cluster.List',
        'kubernetes.cluster.Read',
        'kubernetes.nodepool.Update',
        'container.registry.Read',
      ),
    ],
  },
  {
    key: 'db',
    name: 'DatabaseAdmin',
    description: 'Manage managed databases, users and backups.',
    statements: [allow('database.*')],
  },
  {
    key: 'storage',
    name: 'ObjectStorageReadWrite',
    description: 'Read and write object storage buckets.',
    statements: [allow('storage.bucket.*', 'storage.object.*')],
  },
  {
    key: 'assume',
    name: 'AssumeRoles',
    description: 'Assume roles whose trust names the caller.',
    statements: [allow('iam.role.AssumeRole', 'iam.role.Read', 'iam.assumedrole.Read')],
  },
];

const ROLES: {
  key: string;
  name: string;
  description: string;
  type: 'assignable' | 'assumable';
  max: number;
  policies: string[];
}[] = [
  {
    key: 'developer',
    name: 'Developer',
    description: 'Day-to-day access for application developers.',
    type: 'assignable',
    max: 3600,
    policies: ['readonly', 'k8s'],
  },
  {
    key: 'billing',
    name: 'Billing Viewer',
    description: 'Finance team access to invoices.',
    type: 'assignable',
    max: 3600,
    policies: ['billing'],
  },
  {
    key: 'auditor',
    name: 'Auditor',
    description: 'Read-only view of the whole organization.',
    type: 'assignable',
    max: 3600,
    policies: ['readonly'],
  },
  {
    key: 'oncall',
    name: 'On-call Responder',
    description: 'Elevated compute and database access during on-call hours.',
    type: 'assumable',
    max: 14_400,
    policies: ['compute', 'db'],
  },
  {
    key: 'breakglass',
    name: 'Break-glass Administrator',
    description: 'Emergency full access, time-boxed and audited.',
    type: 'assumable',
    max: 3600,
    policies: ['admin'],
  },
  {
    key: 'deploy',
    name: 'CI Deployer',
    description: 'Used by CI pipelines to deploy to Kubernetes.',
    type: 'assumable',
    max: 3600,
    policies: ['k8s', 'storage'],
  },
  {
    key: 'batch',
    name: 'Nightly Batch',
    description: 'Overnight data jobs against object storage.',
    type: 'assumable',
    max: 28_800,
    policies: ['storage'],
  },
  {
    key: 'weekend',
    name: 'Weekend Maintenance',
    description: 'Maintenance window access on weekends.',
    type: 'assumable',
    max: 7200,
    policies: ['compute'],
  },
];

/**
 * Creates the demo organization: users with API keys, groups, policies, roles,
 * trusts showing each trusted-entity kind and schedule mode, and an external OIDC issuer.
 */
export function seedDemoOrganization(
  db: Db,
  clock: Clock,
  options: { ownerApiKey: string; devIssuerJwk?: object },
): SeedResult {
  const orgId = randomUUID();
  const ids = new Map<string, string>();
  const id = (key: string) => {
    const value = ids.get(key);
    if (!value) throw new Error(`seed refers to unknown ${key}`);
    return value;
  };
  // Spread creation times over the past weeks so lists have a stable, realistic order.
  const start = clock.now().getTime() - 30 * 24 * 3600 * 1000;
  let tick = 0;
  const at = () => storedTime(new Date(start + tick++ * 3_600_000));
  const apiKeys: Record<string, string> = {};

  db.transaction(() => {
    db.prepare('INSERT INTO organizations (id, name, type, created_at) VALUES (?, ?, ?, ?)').run(
      orgId,
      'Acme Robotics',
      'business',
      at(),
    );

    const insertUser = db.prepare(
      `INSERT INTO users (id, org_id, name, email, api_enabled, service_user, is_owner, created_at, created_by)
       VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?)`,
    );
    for (const u of USERS) {
      const userId = randomUUID();
      ids.set(`user:${u.key}`, userId);
      const created = at();
      const isOwner = 'owner' in u && u.owner;
      insertUser.run(
        userId,
        orgId,
        u.name,
        u.email,
        'service' in u && u.service ? 1 : 0,
        isOwner ? 1 : 0,
        created,
        isOwner ? null : ids.get('user:owner'),
      );
      const key = isOwner ? options.ownerApiKey : generateApiKey();
      storeApiKey(db, userId, key, created);
      apiKeys[u.email] = key;
    }
    const owner = id('user:owner');

    const insertGroup = db.prepare(
      'INSERT INTO groups (id, org_id, display_name, description, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const insertMember = db.prepare(
      'INSERT INTO group_members (group_id, user_id, added_at, added_by) VALUES (?, ?, ?, ?)',
    );
    for (const g of GROUPS) {
      const groupId = randomUUID();
      ids.set(`group:${g.key}`, groupId);
      const created = at();
      insertGroup.run(groupId, orgId, g.name, g.description, created, owner);
      for (const m of g.members) insertMember.run(groupId, id(`user:${m}`), created, owner);
    }

    const insertPolicy = db.prepare(
      `INSERT INTO policies (id, org_id, name, description, document, version, is_system, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const p of POLICIES) {
      const policyId = randomUUID();
      ids.set(`policy:${p.key}`, policyId);
      const document = { Version: POLICY_VERSION, Statement: p.statements };
      insertPolicy.run(
        policyId,
        orgId,
        p.name,
        p.description,
        JSON.stringify(document),
        POLICY_VERSION,
        p.system ? 1 : 0,
        at(),
        p.system ? null : owner,
      );
    }
    db.prepare(
      'INSERT INTO policy_users (policy_id, user_id, assigned_at, assigned_by) VALUES (?, ?, ?, ?)',
    ).run(id('policy:assume'), id('user:ci'), at(), owner);
    const attachGroupPolicy = db.prepare(
      'INSERT INTO policy_groups (policy_id, group_id, assigned_at, assigned_by) VALUES (?, ?, ?, ?)',
    );
    attachGroupPolicy.run(id('policy:assume'), id('group:oncall'), at(), owner);
    attachGroupPolicy.run(id('policy:assume'), id('group:platform'), at(), owner);

    const insertRole = db.prepare(
      `INSERT INTO roles (id, org_id, name, description, role_type, max_session_duration, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const attachRolePolicy = db.prepare(
      'INSERT INTO role_policies (role_id, policy_id, assigned_at, assigned_by) VALUES (?, ?, ?, ?)',
    );
    for (const r of ROLES) {
      const roleId = randomUUID();
      ids.set(`role:${r.key}`, roleId);
      const created = at();
      insertRole.run(roleId, orgId, r.name, r.description, r.type, r.max, created, owner);
      for (const p of r.policies) attachRolePolicy.run(roleId, id(`policy:${p}`), created, owner);
    }
    const assignUser = db.prepare(
      'INSERT INTO role_users (role_id, user_id, assigned_at, assigned_by) VALUES (?, ?, ?, ?)',
    );
    const assignGroup = db.prepare(
      'INSERT INTO role_groups (role_id, group_id, assigned_at, assigned_by) VALUES (?, ?, ?, ?)',
    );
    assignGroup.run(id('role:developer'), id('group:platform'), at(), owner);
    assignGroup.run(id('role:auditor'), id('group:auditors'), at(), owner);
    assignUser.run(id('role:billing'), id('user:farah'), at(), owner);

    // An external issuer registered with its public key (no network needed to verify).
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const jwk = publicKey.export({ format: 'jwk' });
    const githubIssuer = randomUUID();
    ids.set('issuer:github', githubIssuer);
    db.prepare(
      `INSERT INTO oidc_issuers (id, org_id, display_name, source, uri, jwk, created_at, created_by)
       VALUES (?, ?, ?, 'external', ?, ?, ?, ?)`,
    ).run(
      githubIssuer,
      orgId,
      'GitHub Actions',
      'https://token.actions.githubusercontent.com',
      JSON.stringify({ ...jwk, kid: 'github-actions-1', alg: 'RS256', use: 'sig' }),
      at(),
      owner,
    );

    // The console's own development issuer; its uri follows the server's address at start-up.
    if (options.devIssuerJwk) {
      const devIssuer = randomUUID();
      ids.set('issuer:dev', devIssuer);
      db.prepare(
        `INSERT INTO oidc_issuers (id, org_id, display_name, source, uri, jwk, created_at, created_by)
         VALUES (?, ?, 'Development issuer', 'external', ?, ?, ?, ?)`,
      ).run(
        devIssuer,
        orgId,
        DEV_ISSUER_PLACEHOLDER_URI,
        JSON.stringify(options.devIssuerJwk),
        at(),
        owner,
      );
    }

    const insertTrust = db.prepare(
      `INSERT INTO role_trusts (id, org_id, role_id, trust_type, trusted_user_id, trusted_group_id,
         trusted_oidc_issuer_id, conditions, valid_until, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const trust = (
      role: string,
      type: string,
      principal: { user?: string; group?: string; issuer?: string },
      conditions: object,
      validUntil: string | null = null,
    ) =>
      insertTrust.run(
        randomUUID(),
        orgId,
        id(`role:${role}`),
        type,
        principal.user ? id(`user:${principal.user}`) : null,
        principal.group ? id(`group:${principal.group}`) : null,
        principal.issuer ? id(`issuer:${principal.issuer}`) : null,
        JSON.stringify(conditions),
        validUntil,
        at(),
        owner,
      );
    const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
    // Days and times of day, for a group, from one network.
    trust(
      'oncall',
      'TemporaryAssumption',
      { group: 'oncall' },
      {
        time_of_day: { timezone: 'Europe/Berlin', days_of_week: weekdays, start: 9, end: 17 },
        ip_address: ['203.0.113.0/24', '2001:db8:ace::/48'],
      },
    );
    // Always assumable, for one user, until a fixed instant.
    const validUntil = storedTime(new Date(clock.now().getTime() + 60 * 24 * 3600 * 1000));
    trust('breakglass', 'TemporaryAssumption', { user: 'blake' }, { ip_address: [] }, validUntil);
    // Federated through the external OIDC issuer, and for the service user.
    trust('deploy', 'FederatedAssumption', { issuer: 'github' }, { ip_address: [] });
    trust('deploy', 'TemporaryAssumption', { user: 'ci' }, { ip_address: [] });
    if (options.devIssuerJwk) {
      trust('deploy', 'FederatedAssumption', { issuer: 'dev' }, { ip_address: [] });
    }
    // Times of day only, wrapping past midnight.
    trust(
      'batch',
      'TemporaryAssumption',
      { user: 'ci' },
      { time_of_day: { timezone: 'utc', start: 22, end: 6 }, ip_address: [] },
    );
    // Days of the week only.
    trust(
      'weekend',
      'IAMAssumption',
      { group: 'platform' },
      {
        time_of_day: { timezone: 'America/New_York', days_of_week: ['saturday', 'sunday'] },
        ip_address: [],
      },
    );
  })();

  return { organizationId: orgId, ownerUserId: id('user:owner'), apiKeys };
}
