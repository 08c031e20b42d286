import { generateKeyPairSync } from 'node:crypto';
import { ALL_ACTIONS } from '../../shared/iam/actions';
import type { Jwk } from '../../shared/schemas/oidc-issuer';
import { POLICY_VERSION } from '../../shared/schemas/policy';
import type { PolicyValues } from '../../shared/schemas/policy';
import type { TrustConditions, TrustType } from '../../shared/schemas/role-trust';
import type { Clock } from '../clock';
import { DEV_ISSUER_PLACEHOLDER_URI } from './oidc/dev-issuer';
import type { Db } from './store/database';
import { addMember, createGroup } from './store/groups';
import { createIssuer } from './store/oidc-issuers';
import { createOrganization, hasOrganization } from './store/organizations';
import {
  attachPolicyToGroup,
  attachPolicyToUser,
  createPolicy,
  createSystemPolicy,
} from './store/policies';
import { createRoleTrust } from './store/role-trusts';
import { assignRole, attachRolePolicy, createRole } from './store/roles';
import { storedTime } from './store/time';
import { createOwner, createUser } from './store/users';
import type { WriteContext } from './store/write-context';

/** The plain API keys the seed created, by user email (the store keeps only digests). */
export interface SeedResult {
  organizationId: string;
  ownerUserId: string;
  apiKeys: Record<string, string>;
}

export function isSeeded(db: Db): boolean {
  return hasOrganization(db);
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

/** A public key as Node exports it, as the issuer store keeps it. */
const asJwk = (key: JsonWebKey): Jwk => ({ ...key, kty: key.kty ?? 'RSA' });

/**
 * Creates the demo organization: users with API keys, groups, policies, roles,
 * trusts showing each trusted-entity kind and schedule mode, and an external OIDC issuer.
 * Every row is written by the store functions the API uses, so the demo obeys the same rules.
 */
export function seedDemoOrganization(
  db: Db,
  clock: Clock,
  options: { ownerApiKey: string; devIssuerJwk?: JsonWebKey },
): SeedResult {
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

  return db.transaction(() => {
    const orgId = createOrganization(db, { name: 'Acme Robotics', type: 'business' }, at());
    const [ownerSpec, ...others] = USERS;
    const owner = createOwner(db, orgId, ownerSpec, options.ownerApiKey, at());
    ids.set(`user:${ownerSpec.key}`, owner.id);
    apiKeys[owner.email] = options.ownerApiKey;

    // The owner writes everything else. Its one context moves an hour on for each new object;
    // what belongs to that object (members, attached policies) is written in the same instant.
    const ctx: WriteContext = { orgId, userId: owner.id, at: '' };
    const next = (): WriteContext => {
      ctx.at = at();
      return ctx;
    };

    for (const u of others) {
      const service = 'service' in u && u.service;
      const user = createUser(
        db,
        next(),
        { name: u.name, email: u.email, api_enabled: true, service_user: service },
        null,
      );
      ids.set(`user:${u.key}`, user.id);
      apiKeys[user.email] = user.api_key;
    }

    for (const g of GROUPS) {
      const group = createGroup(db, next(), { display_name: g.name, description: g.description });
      ids.set(`group:${g.key}`, group.id);
      for (const m of g.members) addMember(db, ctx, group.id, id(`user:${m}`));
    }

    for (const p of POLICIES) {
      const values: PolicyValues = {
        name: p.name,
        description: p.description,
        policy_document: { Version: POLICY_VERSION, Statement: p.statements },
      };
      const policy = p.system
        ? createSystemPolicy(db, orgId, values, next().at)
        : createPolicy(db, next(), values);
      ids.set(`policy:${p.key}`, policy.id);
    }
    attachPolicyToUser(db, next(), id('policy:assume'), id('user:ci'));
    attachPolicyToGroup(db, next(), id('policy:assume'), id('group:oncall'));
    attachPolicyToGroup(db, next(), id('policy:assume'), id('group:platform'));

    for (const r of ROLES) {
      const role = createRole(db, next(), {
        name: r.name,
        description: r.description,
        role_type: r.type,
        max_session_duration: r.max,
      });
      ids.set(`role:${r.key}`, role.id);
      for (const p of r.policies) attachRolePolicy(db, ctx, role.id, id(`policy:${p}`));
    }
    assignRole(db, next(), id('role:developer'), 'group', id('group:platform'));
    assignRole(db, next(), id('role:auditor'), 'group', id('group:auditors'));
    assignRole(db, next(), id('role:billing'), 'user', id('user:farah'));

    // An external issuer registered with its public key (no network needed to verify).
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const jwk = publicKey.export({ format: 'jwk' });
    const github = createIssuer(db, next(), {
      source: 'external',
      uri: 'https://token.actions.githubusercontent.com',
      displayName: 'GitHub Actions',
      jwk: { ...asJwk(jwk), kid: 'github-actions-1', alg: 'RS256', use: 'sig' },
    });
    ids.set('issuer:github', github.id);

    // The console's own development issuer; its uri follows the server's address at start-up.
    if (options.devIssuerJwk) {
      const dev = createIssuer(db, next(), {
        source: 'external',
        uri: DEV_ISSUER_PLACEHOLDER_URI,
        displayName: 'Development issuer',
        jwk: asJwk(options.devIssuerJwk),
      });
      ids.set('issuer:dev', dev.id);
    }

    const trust = (
      role: string,
      type: TrustType,
      principal: { user?: string; group?: string; issuer?: string },
      conditions: TrustConditions,
      validUntil: string | null = null,
    ) =>
      createRoleTrust(db, next(), {
        role_id: id(`role:${role}`),
        trust_type: type,
        ...(principal.user ? { trusted_user_id: id(`user:${principal.user}`) } : {}),
        ...(principal.group ? { trusted_group_id: id(`group:${principal.group}`) } : {}),
        ...(principal.issuer ? { trusted_oidc_issuer_id: id(`issuer:${principal.issuer}`) } : {}),
        conditions,
        valid_until: validUntil,
      });
    const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;
    // Days and times of day, for a group, from one network.
    trust(
      'oncall',
      'TemporaryAssumption',
      { group: 'oncall' },
      {
        time_of_day: {
          timezone: 'Europe/Berlin',
          days_of_week: [...weekdays],
          start: 9,
          end: 17,
        },
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

    return { organizationId: orgId, ownerUserId: owner.id, apiKeys };
  })();
}
