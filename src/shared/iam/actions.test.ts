import { describe, expect, it } from 'vitest';
import {
  ACTION_CATALOGUE,
  ACTION_CATEGORIES,
  ALL_ACTIONS,
  actionMatches,
  describeAction,
  isValidActionPattern,
} from './actions';

const ops = (prefix: string, names: string[]) => names.map((n) => `${prefix}.${n}`);

/** The IAM names the API contract (spec §5) spells out. */
const CRUD = ['List', 'Read', 'Create', 'Update', 'Delete'];
const ATTACH_PRINCIPALS = ['AttachUser', 'DetachUser', 'AttachGroup', 'DetachGroup'];
const SPEC_IAM_ACTIONS = [
  ...ops('iam.role', [
    ...CRUD,
    'Restore',
    'AttachPolicy',
    'DetachPolicy',
    ...ATTACH_PRINCIPALS,
    'AssumeRole',
  ]),
  ...ops('iam.roletrust', [...CRUD, 'Restore']),
  ...ops('iam.assumedrole', ['Read', 'List', 'Delete']),
  ...ops('iam.policy', [...CRUD, 'Restore', ...ATTACH_PRINCIPALS]),
  ...ops('iam.group', [...CRUD, 'AddMember', 'RemoveMember', 'ListPolicies', 'ListRoles']),
  ...ops('iam.user', CRUD),
];

/** Every action and pattern the demo seed's policies use. */
const SEED_PATTERNS = [
  '*',
  'account.info.Read',
  'account.billing.List',
  'account.billing.Read',
  'compute.instance.*',
  'compute.instance.List',
  'compute.instance.Read',
  'compute.instance.Delete',
  'compute.snapshot.*',
  'kubernetes.cluster.List',
  'kubernetes.cluster.Read',
  'kubernetes.nodepool.Update',
  'container.registry.Read',
  'database.*',
  'database.instance.List',
  'database.instance.Read',
  'storage.bucket.*',
  'storage.object.*',
  'storage.bucket.List',
  'network.vpc.List',
  'iam.role.List',
  'iam.role.Read',
  'iam.policy.List',
  'iam.policy.Read',
  'iam.user.List',
  'iam.group.List',
  'iam.role.AssumeRole',
  'iam.assumedrole.Read',
];

describe('ACTION_CATALOGUE', () => {
  it('has exactly the ten categories, in order', () => {
    expect(ACTION_CATALOGUE.map((c) => c.category)).toEqual([...ACTION_CATEGORIES]);
    expect([...ACTION_CATEGORIES]).toEqual(
      'account compute container database iam kubernetes network oidc storage support'.split(' '),
    );
  });

  it('gives every category resources and every action a description', () => {
    for (const category of ACTION_CATALOGUE) {
      expect(category.label).not.toBe('');
      expect(category.resources.length).toBeGreaterThan(0);
      for (const resource of category.resources) {
        expect(resource.actions.length).toBeGreaterThan(0);
        for (const a of resource.actions) {
          expect(a.action).toBe(`${category.category}.${resource.resource}.${a.operation}`);
          expect(a.action).toMatch(/^[a-z]+\.[a-z]+\.[A-Z][A-Za-z]+$/);
          expect(a.description.length).toBeGreaterThan(5);
          expect(describeAction(a.action)).toBe(a.description);
        }
      }
    }
  });

  it('lists every action once in ALL_ACTIONS', () => {
    expect(new Set(ALL_ACTIONS).size).toBe(ALL_ACTIONS.length);
    const fromCatalogue = ACTION_CATALOGUE.flatMap((c) =>
      c.resources.flatMap((r) => r.actions.map((a) => a.action)),
    );
    expect(ALL_ACTIONS).toEqual(fromCatalogue);
  });

  it.each(SPEC_IAM_ACTIONS)('contains the spec IAM action %s', (action) => {
    expect(ALL_ACTIONS).toContain(action);
  });

  it('has exactly the spec operations for the IAM resources', () => {
    const iam = ACTION_CATALOGUE.find((c) => c.category === 'iam')!;
    const actions = iam.resources.flatMap((r) => r.actions.map((a) => a.action));
    expect(new Set(actions)).toEqual(new Set(SPEC_IAM_ACTIONS));
  });

  it.each(SEED_PATTERNS)('accepts the seed pattern %s', (pattern) => {
    expect(isValidActionPattern(pattern)).toBe(true);
  });

  it('describes realistic compute actions', () => {
    expect(describeAction('compute.instance.Reboot')).toBe('Reboot an instance');
    expect(describeAction('iam.role.AssumeRole')).toBe(
      'Assume a role whose trust names the caller',
    );
    expect(describeAction('compute.instance.Fly')).toBeUndefined();
  });
});

describe('isValidActionPattern', () => {
  it.each([
    ['*', true],
    ['compute.*', true],
    ['oidc.*', true],
    ['compute.instance.*', true],
    ['iam.roletrust.*', true],
    ['compute.instance.Create', true],
    ['support.ticket.List', true],
    ['compute.instanse.Create', false],
    ['compute.instance.create', false],
    ['Compute.instance.Create', false],
    ['compute.instance.Fly', false],
    ['compute', false],
    ['compute.instance', false],
    ['compute.instance.', false],
    ['computer.*', false],
    ['compute.instanse.*', false],
    ['compute.*.Create', false],
    ['*.instance.Create', false],
    ['compute.instance.Cr*', false],
    ['**', false],
    ['.*', false],
    ['', false],
    [' compute.instance.Create', false],
  ])('%j → %s', (pattern, valid) => {
    expect(isValidActionPattern(pattern)).toBe(valid);
  });
});

describe('actionMatches', () => {
  it.each([
    ['*', 'compute.instance.Create', true],
    ['*', 'iam.role.AssumeRole', true],
    ['compute.*', 'compute.instance.Create', true],
    ['compute.*', 'compute.snapshot.Delete', true],
    ['compute.*', 'container.registry.Read', false],
    ['compute.instance.*', 'compute.instance.Reboot', true],
    ['compute.instance.*', 'compute.snapshot.Read', false],
    ['iam.role.*', 'iam.roletrust.Create', false],
    ['iam.*', 'iam.roletrust.Create', true],
    ['compute.instance.Create', 'compute.instance.Create', true],
    ['compute.instance.Create', 'compute.instance.Delete', false],
    ['compute.instance.Create', 'compute.instance.create', false],
    ['iam.role.Read', 'iam.role.ReadAll', false],
  ])('%s covers %s: %s', (pattern, action, expected) => {
    expect(actionMatches(pattern, action)).toBe(expected);
  });

  it('lets every valid wildcard cover at least one known action', () => {
    for (const c of ACTION_CATALOGUE) {
      expect(ALL_ACTIONS.some((a) => actionMatches(`${c.category}.*`, a))).toBe(true);
      for (const r of c.resources) {
        const pattern = `${c.category}.${r.resource}.*`;
        expect(ALL_ACTIONS.filter((a) => actionMatches(pattern, a))).toEqual(
          r.actions.map((a) => a.action),
        );
      }
    }
  });
});
