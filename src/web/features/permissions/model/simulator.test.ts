import { describe, expect, it } from 'vitest';
import { describeStatement, PolicyResolver } from '../../../../shared/iam/evaluate';
import { buildOrgGraph } from './build-org-graph';
import { demoLists } from './demo-org.fixture';
import {
  ACTION_OPTIONS,
  expandAction,
  heldRoleId,
  parsePrincipal,
  principalOptions,
  principalValue,
  readActionList,
  readSimulatorQuery,
  resolvePrincipal,
  simulate,
  VERDICT_LABELS,
  writeSimulatorQuery,
} from './simulator';
import { simulatorHref } from './simulator-href';

const graph = buildOrgGraph(demoLists());
const resolver = new PolicyResolver(graph);

describe('principals', () => {
  it('reads and writes user:, group:, role: and session', () => {
    for (const text of ['user:u-1', 'group:g-1', 'role:r-1', 'session']) {
      expect(principalValue(parsePrincipal(text)!)).toBe(text);
    }
    expect(parsePrincipal('role:')).toBeNull();
    expect(parsePrincipal('policy:p-1')).toBeNull();
    expect(parsePrincipal('')).toBeNull();
    expect(parsePrincipal(null)).toBeNull();
  });

  it('finds the held session’s role by id or by ARN', () => {
    expect(heldRoleId({ role_id: 'r-1' })).toBe('r-1');
    expect(heldRoleId({ role_arn: 'arn:aws:iam::org-1:role/r-2' })).toBe('r-2');
    expect(heldRoleId({})).toBe('');
  });

  it('lists the held session first, then users, groups and roles by name', () => {
    const options = principalOptions(graph, { roleId: 'breakglass', roleName: undefined });
    expect(options[0]).toEqual({
      value: 'session',
      kind: 'session',
      label: 'Session held in this tab',
      detail: 'Acts with the policies of role Break-glass Administrator',
    });
    expect(options.map((o) => o.kind)).toEqual([
      'session',
      ...Array<string>(7).fill('user'),
      ...Array<string>(3).fill('group'),
      ...Array<string>(6).fill('role'),
    ]);
    expect(options.filter((o) => o.kind === 'group').map((o) => o.label)).toEqual([
      'Auditors',
      'On-call',
      'Platform Engineers',
    ]);
    expect(options.find((o) => o.value === 'user:carmen')!.detail).toBe(
      'User · in Platform Engineers, On-call',
    );
    expect(options.find((o) => o.value === 'group:oncall')!.detail).toBe('Group · 2 members');
    expect(principalOptions(graph, null)[0]!.kind).toBe('user');
    expect(principalOptions(undefined, null)).toEqual([]);
  });

  it('resolves a session to its role’s policies only, and says why when it cannot', () => {
    const held = { roleId: 'oncall-responder', roleName: 'On-call Responder' };
    const session = resolvePrincipal(graph, { kind: 'session' }, held, resolver);
    expect(session.ok && session.policies.sources.map((s) => s.policyName)).toEqual([
      'ComputeOperator',
      'DatabaseAdmin',
    ]);
    const none = resolvePrincipal(graph, { kind: 'session' }, null);
    expect(none.ok).toBe(false);
    const gone = resolvePrincipal(graph, { kind: 'session' }, { roleId: 'x', roleName: 'Old' });
    expect(!gone.ok && gone.problem).toContain('Old');
    const missing = resolvePrincipal(graph, { kind: 'user', id: 'nobody' }, null);
    expect(!missing.ok && missing.problem).toBe('No user with id nobody in this organization.');
  });
});

describe('actions', () => {
  it('expands a wildcard into every catalogue action it covers', () => {
    const roleActions = expandAction('iam.role.*');
    expect(roleActions).toContain('iam.role.Create');
    expect(roleActions).toContain('iam.role.AssumeRole');
    expect(roleActions.every((a) => a.startsWith('iam.role.'))).toBe(true);
    expect(expandAction('iam.role.List')).toEqual(['iam.role.List']);
    expect(expandAction('*').length).toBeGreaterThan(roleActions.length);
  });

  it('offers each service’s and each resource’s wildcard beside the actions', () => {
    const values = ACTION_OPTIONS.map((o) => o.value);
    expect(values).toContain('iam.*');
    expect(values).toContain('iam.role.*');
    expect(values).toContain('iam.role.List');
    expect(new Set(values).size).toBe(values.length);
    expect(ACTION_OPTIONS.find((o) => o.value === 'iam.role.*')).toMatchObject({
      service: 'Identity and access',
      wildcard: true,
    });
  });

  it('reads an action list, apart from what is not an action', () => {
    expect(readActionList(' iam.role.List, compute.*,iam.role.List,, nope ')).toEqual({
      valid: ['iam.role.List', 'compute.*'],
      invalid: ['nope'],
    });
  });
});

describe('simulate', () => {
  it('a read-only user through a group and a role: List allowed, Create denied (implicit)', () => {
    const emil = resolver.user('emil');
    const [list, create] = simulate(emil, ['iam.role.List', 'iam.role.Create'], '*');
    expect(VERDICT_LABELS[list!.rows[0]!.evaluation.verdict]).toBe('Allowed');
    expect(list!.rows[0]!.evaluation.statements.map(describeStatement)).toEqual([
      'via group Auditors → role Auditor → ReadOnlyAccess, statement 1',
    ]);
    expect(VERDICT_LABELS[create!.rows[0]!.evaluation.verdict]).toBe('Denied (implicit)');
    expect(create!.rows[0]!.evaluation.statements).toEqual([]);
  });

  it('a role with an explicit Deny: denied (explicit), naming the statement', () => {
    const [row] = simulate(resolver.role('oncall-responder'), ['compute.instance.Delete'], '');
    const evaluation = row!.rows[0]!.evaluation;
    expect(VERDICT_LABELS[evaluation.verdict]).toBe('Denied (explicit)');
    expect(evaluation.statements.map(describeStatement)).toEqual(['ComputeOperator, statement 2']);
  });

  it('evaluates each action a wildcard covers and counts those allowed', () => {
    const [group] = simulate(resolver.role('oncall-responder'), ['compute.instance.*'], '*');
    expect(group!.pattern).toBe(true);
    expect(group!.rows.length).toBe(expandAction('compute.instance.*').length);
    expect(group!.allowed).toBe(group!.rows.length - 1);
    expect(group!.rows.find((r) => r.action === 'compute.instance.Create')!.description).not.toBe(
      '',
    );
  });
});

describe('the address', () => {
  it('round-trips the page state, leaving defaults out', () => {
    const state = {
      principal: 'user:emil',
      actions: ['iam.role.List', 'iam.role.*'],
      resource: 'r-1',
      whocan: 'iam.role.Create',
      whocanResource: '*',
    };
    const written = writeSimulatorQuery(state);
    expect(written.has('whocan_resource')).toBe(false);
    expect(readSimulatorQuery(written)).toEqual(state);
    expect(readSimulatorQuery(new URLSearchParams())).toEqual({
      principal: '',
      actions: [],
      resource: '*',
      whocan: '',
      whocanResource: '*',
    });
    expect(writeSimulatorQuery(readSimulatorQuery(new URLSearchParams())).toString()).toBe('');
  });

  it('reads what simulatorHref writes', () => {
    const href = simulatorHref('group:g-1', ['iam.role.List', ' compute.* ', '']);
    expect(href.startsWith('/policy-simulator?')).toBe(true);
    const state = readSimulatorQuery(new URLSearchParams(href.split('?')[1]));
    expect(state.principal).toBe('group:g-1');
    expect(state.actions).toEqual(['iam.role.List', 'compute.*']);
    expect(simulatorHref()).toBe('/policy-simulator');
    expect(simulatorHref('session')).toBe('/policy-simulator?principal=session');
  });
});
