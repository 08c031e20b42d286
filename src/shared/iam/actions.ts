/**
 * The catalogue of IAM actions (`service.resource.Operation`). The emulator validates policy
 * documents against it, and the SPA's policy builder offers it; keep it the single list.
 */

export const ACTION_CATEGORIES = [
  'account',
  'compute',
  'container',
  'database',
  'iam',
  'kubernetes',
  'network',
  'oidc',
  'storage',
  'support',
] as const;
export type ActionCategory = (typeof ACTION_CATEGORIES)[number];

export interface CatalogueAction {
  /** The full action name, e.g. `compute.instance.Create`. */
  action: string;
  operation: string;
  description: string;
}

export interface CatalogueResource {
  resource: string;
  label: string;
  actions: CatalogueAction[];
}

export interface CatalogueCategory {
  category: ActionCategory;
  label: string;
  description: string;
  resources: CatalogueResource[];
}

/** An operation with a stock description, or one with its own. */
type OperationSpec = string | readonly [operation: string, description: string];

interface ResourceSpec {
  label: string;
  /** With its article, e.g. "an instance": used by the stock descriptions. */
  one: string;
  many: string;
  ops: readonly OperationSpec[];
}

interface CategorySpec {
  label: string;
  description: string;
  resources: Record<string, ResourceSpec>;
}

const CRUD = ['List', 'Read', 'Create', 'Update', 'Delete'] as const;
/** What can be made and removed but not changed. */
const CREATE_DELETE = ['List', 'Read', 'Create', 'Delete'] as const;
/** Backups are listed, read, and restored into what they were taken of. */
const backupOps = (of: string): readonly OperationSpec[] => [
  'List',
  'Read',
  ['Restore', `Restore ${of} from a backup`],
];

const STOCK: Record<string, (r: ResourceSpec) => string> = {
  List: (r) => `List ${r.many}`,
  Read: (r) => `View ${r.one}`,
  Create: (r) => `Create ${r.one}`,
  Update: (r) => `Change ${r.one}`,
  Delete: (r) => `Delete ${r.one}`,
  Restore: (r) => `Restore ${r.one} that was deleted`,
  Start: (r) => `Start ${r.one}`,
  Stop: (r) => `Stop ${r.one}`,
  Reboot: (r) => `Reboot ${r.one}`,
  Attach: (r) => `Attach ${r.one} to a resource`,
  Detach: (r) => `Detach ${r.one} from a resource`,
};

const SPEC: Record<ActionCategory, CategorySpec> = {
  account: {
    label: 'Account',
    description: 'Account details, billing and usage.',
    resources: {
      info: {
        label: 'Account information',
        one: 'the account information',
        many: 'account information',
        ops: ['Read', ['Update', 'Change the account contact details']],
      },
      billing: {
        label: 'Billing',
        one: 'an invoice',
        many: 'invoices and billing history',
        ops: ['List', 'Read'],
      },
      bandwidth: {
        label: 'Bandwidth',
        one: 'the bandwidth usage',
        many: 'bandwidth usage',
        ops: ['Read'],
      },
    },
  },
  compute: {
    label: 'Compute',
    description: 'Cloud and bare-metal instances, snapshots, backups and their helpers.',
    resources: {
      instance: {
        label: 'Instances',
        one: 'an instance',
        many: 'instances',
        ops: [
          ...CRUD,
          'Start',
          'Stop',
          'Reboot',
          ['Reinstall', 'Reinstall the operating system of an instance'],
        ],
      },
      snapshot: { label: 'Snapshots', one: 'a snapshot', many: 'snapshots', ops: CRUD },
      backup: {
        label: 'Backups',
        one: 'a backup',
        many: 'backups',
        ops: backupOps('an instance'),
      },
      baremetal: {
        label: 'Bare metal',
        one: 'a bare-metal server',
        many: 'bare-metal servers',
        ops: [...CRUD, 'Start', 'Stop', 'Reboot'],
      },
      sshkey: { label: 'SSH keys', one: 'an SSH key', many: 'SSH keys', ops: CRUD },
      startupscript: {
        label: 'Startup scripts',
        one: 'a startup script',
        many: 'startup scripts',
        ops: CRUD,
      },
      iso: { label: 'ISO images', one: 'an ISO image', many: 'ISO images', ops: CREATE_DELETE },
    },
  },
  container: {
    label: 'Container registry',
    description: 'Container registries and their repositories.',
    resources: {
      registry: { label: 'Registries', one: 'a registry', many: 'registries', ops: CRUD },
      repository: {
        label: 'Repositories',
        one: 'a repository',
        many: 'repositories',
        ops: ['List', 'Read', 'Update', 'Delete'],
      },
    },
  },
  database: {
    label: 'Managed databases',
    description: 'Managed database clusters, their users and backups.',
    resources: {
      instance: {
        label: 'Database clusters',
        one: 'a database cluster',
        many: 'database clusters',
        ops: CRUD,
      },
      user: { label: 'Database users', one: 'a database user', many: 'database users', ops: CRUD },
      backup: {
        label: 'Database backups',
        one: 'a database backup',
        many: 'database backups',
        ops: backupOps('a database cluster'),
      },
    },
  },
  iam: {
    label: 'Identity and access',
    description: 'Users, groups, policies, roles, role trusts and assumed-role sessions.',
    resources: {
      role: {
        label: 'Roles',
        one: 'a role',
        many: 'roles',
        ops: [
          ...CRUD,
          'Restore',
          ['AttachPolicy', 'Attach a policy to a role'],
          ['DetachPolicy', 'Detach a policy from a role'],
          ['AttachUser', 'Assign a role to a user'],
          ['DetachUser', 'Remove a role from a user'],
          ['AttachGroup', 'Assign a role to a group'],
          ['DetachGroup', 'Remove a role from a group'],
          ['AssumeRole', 'Assume a role whose trust names the caller'],
        ],
      },
      roletrust: {
        label: 'Role trusts',
        one: 'a role trust',
        many: 'role trusts',
        ops: [...CRUD, 'Restore'],
      },
      assumedrole: {
        label: 'Assumed-role sessions',
        one: 'an assumed-role session',
        many: 'assumed-role sessions',
        ops: ['Read', 'List', ['Delete', 'Revoke an assumed-role session']],
      },
      policy: {
        label: 'Policies',
        one: 'a policy',
        many: 'policies',
        ops: [
          ...CRUD,
          'Restore',
          ['AttachUser', 'Attach a policy to a user'],
          ['DetachUser', 'Detach a policy from a user'],
          ['AttachGroup', 'Attach a policy to a group'],
          ['DetachGroup', 'Detach a policy from a group'],
        ],
      },
      group: {
        label: 'Groups',
        one: 'a group',
        many: 'groups',
        ops: [
          ...CRUD,
          ['AddMember', 'Add a user to a group'],
          ['RemoveMember', 'Remove a user from a group'],
          ['ListPolicies', 'List the policies of a group'],
          ['ListRoles', 'List the roles of a group'],
        ],
      },
      user: { label: 'Users', one: 'a user', many: 'users', ops: CRUD },
    },
  },
  kubernetes: {
    label: 'Kubernetes',
    description: 'Kubernetes clusters and node pools.',
    resources: {
      cluster: {
        label: 'Clusters',
        one: 'a Kubernetes cluster',
        many: 'Kubernetes clusters',
        ops: [...CRUD, ['Upgrade', 'Upgrade the Kubernetes version of a cluster']],
      },
      nodepool: { label: 'Node pools', one: 'a node pool', many: 'node pools', ops: CRUD },
      kubeconfig: {
        label: 'Kubeconfig',
        one: 'a cluster kubeconfig',
        many: 'kubeconfigs',
        ops: [['Read', 'Download the kubeconfig of a cluster']],
      },
    },
  },
  network: {
    label: 'Networking',
    description: 'VPCs, firewalls, load balancers, reserved IPs and DNS.',
    resources: {
      vpc: { label: 'VPCs', one: 'a VPC', many: 'VPCs', ops: CRUD },
      firewall: {
        label: 'Firewall groups',
        one: 'a firewall group',
        many: 'firewall groups',
        ops: CRUD,
      },
      loadbalancer: {
        label: 'Load balancers',
        one: 'a load balancer',
        many: 'load balancers',
        ops: CRUD,
      },
      reservedip: {
        label: 'Reserved IPs',
        one: 'a reserved IP',
        many: 'reserved IPs',
        ops: [...CRUD, 'Attach', 'Detach'],
      },
      dns: { label: 'DNS domains', one: 'a DNS domain', many: 'DNS domains', ops: CRUD },
    },
  },
  oidc: {
    label: 'OIDC',
    description: 'External OpenID Connect issuers trusted for federation.',
    resources: {
      issuer: {
        label: 'Issuers',
        one: 'an OIDC issuer',
        many: 'OIDC issuers',
        ops: CREATE_DELETE,
      },
    },
  },
  storage: {
    label: 'Storage',
    description: 'Object storage buckets and objects, and block storage volumes.',
    resources: {
      bucket: { label: 'Buckets', one: 'a bucket', many: 'buckets', ops: CRUD },
      object: {
        label: 'Objects',
        one: 'an object',
        many: 'objects in a bucket',
        ops: ['List', ['Read', 'Download an object'], ['Write', 'Upload an object'], 'Delete'],
      },
      block: {
        label: 'Block storage',
        one: 'a block storage volume',
        many: 'block storage volumes',
        ops: [...CRUD, 'Attach', 'Detach'],
      },
    },
  },
  support: {
    label: 'Support',
    description: 'Support tickets.',
    resources: {
      ticket: {
        label: 'Tickets',
        one: 'a support ticket',
        many: 'support tickets',
        ops: ['List', 'Read', 'Create', ['Update', 'Reply to a support ticket']],
      },
    },
  },
};

function buildCatalogue(): CatalogueCategory[] {
  return ACTION_CATEGORIES.map((category) => {
    const spec = SPEC[category];
    return {
      category,
      label: spec.label,
      description: spec.description,
      resources: Object.entries(spec.resources).map(([resource, r]) => ({
        resource,
        label: r.label,
        actions: r.ops.map((op) => {
          const [operation, own] = typeof op === 'string' ? [op, undefined] : op;
          const stock = STOCK[operation];
          const description = own ?? (stock ? stock(r) : operation);
          return { action: `${category}.${resource}.${operation}`, operation, description };
        }),
      })),
    };
  });
}

/** Category → resource → operations, in display order. */
export const ACTION_CATALOGUE: readonly CatalogueCategory[] = buildCatalogue();

const DESCRIPTIONS = new Map<string, string>(
  ACTION_CATALOGUE.flatMap((c) =>
    c.resources.flatMap((r) => r.actions.map((a) => [a.action, a.description] as const)),
  ),
);

/** Every known action, in catalogue order. */
export const ALL_ACTIONS: readonly string[] = [...DESCRIPTIONS.keys()];

/** `service.resource` pairs, for validating `<service>.<resource>.*`. */
const RESOURCES = new Set(
  ACTION_CATALOGUE.flatMap((c) => c.resources.map((r) => `${c.category}.${r.resource}`)),
);
const SERVICES = new Set<string>(ACTION_CATEGORIES);

/** The human description of a known action, or undefined. */
export function describeAction(action: string): string | undefined {
  return DESCRIPTIONS.get(action);
}

/**
 * True for a known action, `*`, `<service>.*` or `<service>.<resource>.*` over known
 * services and resources. Case matters, as in the catalogue.
 */
export function isValidActionPattern(pattern: string): boolean {
  if (pattern === '*' || DESCRIPTIONS.has(pattern)) return true;
  if (!pattern.endsWith('.*')) return false;
  const prefix = pattern.slice(0, -2);
  return SERVICES.has(prefix) || RESOURCES.has(prefix);
}

/**
 * Whether a statement's action pattern covers a concrete action. A wildcard only ever
 * stands for whole trailing segments, so `compute.*` never matches `computes.x.Y`.
 */
export function actionMatches(pattern: string, action: string): boolean {
  if (pattern === '*') return true;
  if (pattern.endsWith('.*')) return action.startsWith(pattern.slice(0, -1));
  return pattern === action;
}
