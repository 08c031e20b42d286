import { describe, expect, it } from 'vitest';
import { describeStatement, evaluate, PolicyResolver } from '../../../../shared/iam/evaluate';
import { buildOrgGraph } from './build-org-graph';
import { demoLists } from './demo-org.fixture';

describe('buildOrgGraph', () => {
  const graph = buildOrgGraph(demoLists());
  const userOf = (id: string) => graph.users.find((u) => u.id === id)!;

  it('turns group members, policy and role holders round onto each user and group', () => {
    expect(userOf('carmen')).toEqual({
      id: 'carmen',
      name: 'Carmen Diaz',
      owner: false,
      groupIds: ['platform', 'oncall'],
      policyIds: [],
      roleIds: [],
    });
    expect(userOf('farah').roleIds).toEqual(['billing-viewer']);
    expect(userOf('ci').policyIds).toEqual(['assume']);
    expect(graph.groups.find((g) => g.id === 'platform')).toEqual({
      id: 'platform',
      name: 'Platform Engineers',
      policyIds: ['assume'],
      roleIds: ['developer'],
    });
  });

  it('never marks anyone the owner: no field of the API says who it is', () => {
    expect(graph.users.every((u) => !u.owner)).toBe(true);
  });

  it('keeps each role’s type and policies, and each policy’s document', () => {
    expect(graph.roles.find((r) => r.id === 'oncall-responder')).toEqual({
      id: 'oncall-responder',
      name: 'On-call Responder',
      type: 'assumable',
      policyIds: ['compute', 'db'],
    });
    expect(graph.policies.find((p) => p.id === 'compute')!.document.Statement).toHaveLength(2);
  });

  it('gives the evaluator the paths a user holds policies by', () => {
    const emil = new PolicyResolver(graph).user('emil');
    const result = evaluate(emil, 'iam.role.List');
    expect(result.verdict).toBe('allowed');
    expect(result.statements.map(describeStatement)).toEqual([
      'via group Auditors → role Auditor → ReadOnlyAccess, statement 1',
    ]);
    expect(evaluate(emil, 'iam.role.Create').verdict).toBe('implicitDeny');
  });

  it('drops ids that point at nothing loaded, and counts each link once', () => {
    const lists = demoLists();
    const g = buildOrgGraph({
      ...lists,
      members: new Map([
        ['auditors', ['emil', 'emil', 'ghost']],
        ['no-such-group', ['emil']],
      ]),
      policyUsers: new Map([
        ['assume', ['ci', 'ghost']],
        ['deleted-policy', ['ci']],
      ]),
      policyGroups: new Map(),
      // Holders of an assumable role give nothing: such a role is assumed, not held.
      roleUsers: new Map([
        ['breakglass', ['emil']],
        ['billing-viewer', ['farah']],
      ]),
      roleGroups: new Map([['auditor', ['auditors', 'gone-group']]]),
      roles: [
        ...lists.roles,
        { id: 'dangling', name: 'Dangling', role_type: 'assumable', policies: [{ id: 'nope' }] },
      ],
    });
    const emil = g.users.find((u) => u.id === 'emil')!;
    expect(emil.groupIds).toEqual(['auditors']);
    expect(emil.roleIds).toEqual([]);
    expect(g.users.find((u) => u.id === 'ci')!.policyIds).toEqual(['assume']);
    expect(g.groups.find((x) => x.id === 'auditors')!.roleIds).toEqual(['auditor']);
    expect(g.roles.find((r) => r.id === 'dangling')!.policyIds).toEqual([]);
  });

  it('names what has no name by its e-mail address or id, and reads unknown role types as assignable', () => {
    const g = buildOrgGraph({
      users: [
        { id: 'u1', name: '', email: 'x@example.com' },
        { id: 'u2', name: '', email: '' },
      ],
      groups: [{ id: 'g1', display_name: '' }],
      policies: [{ id: 'p1', name: '', policy_document: { Version: '2026-03-20', Statement: [] } }],
      roles: [{ id: 'r1', name: '', role_type: 'user', policies: [] }],
      members: new Map(),
      policyUsers: new Map(),
      policyGroups: new Map(),
      roleUsers: new Map([['r1', ['u1']]]),
      roleGroups: new Map(),
    });
    expect(g.users.map((u) => u.name)).toEqual(['x@example.com', 'u2']);
    expect(g.groups[0]!.name).toBe('g1');
    expect(g.policies[0]!.name).toBe('p1');
    expect(g.roles[0]).toMatchObject({ name: 'r1', type: 'assignable' });
    expect(g.users[0]!.roleIds).toEqual(['r1']);
  });
});
