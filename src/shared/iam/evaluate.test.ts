import { describe, expect, it } from 'vitest';
import type { PolicyDocument } from '../schemas/policy';
import { describeStatement, evaluate, isAllowed, PolicyResolver, whoCan } from './evaluate';
import type { EffectivePolicies, OrgGraph } from './evaluate';

type St = PolicyDocument['Statement'][number];
const st = (Effect: 'Allow' | 'Deny', Action: string[], Resource: string[] = ['*']): St => ({
  Effect,
  Action,
  Resource,
});
const doc = (...Statement: St[]): PolicyDocument => ({ Version: '2026-03-20', Statement });
const one = (document: PolicyDocument, name = 'P'): EffectivePolicies => ({
  owner: false,
  sources: [{ policyId: name, policyName: name, document, via: [] }],
});

describe('evaluate', () => {
  it('allows by exact name, by resource wildcard, by service wildcard and by *', () => {
    for (const pattern of ['iam.role.Create', 'iam.role.*', 'iam.*', '*']) {
      const p = one(doc(st('Allow', [pattern])));
      expect(evaluate(p, 'iam.role.Create').verdict, pattern).toBe('allowed');
      expect(isAllowed(p, 'iam.role.Create')).toBe(true);
    }
    // A wildcard covers whole segments only.
    const p = one(doc(st('Allow', ['iam.role.*'])));
    expect(evaluate(p, 'iam.roletrust.List').verdict).toBe('implicitDeny');
    expect(evaluate(one(doc(st('Allow', ['iam.*']))), 'iamx.role.List').verdict).toBe(
      'implicitDeny',
    );
  });

  it('reads several actions and resources in one statement', () => {
    const p = one(doc(st('Allow', ['iam.role.List', 'iam.role.Read'], ['r1', 'r2'])));
    expect(evaluate(p, 'iam.role.Read', 'r2').verdict).toBe('allowed');
    expect(evaluate(p, 'iam.role.Read', 'r3').verdict).toBe('implicitDeny');
    // A statement on some ids does not cover the whole collection.
    expect(evaluate(p, 'iam.role.List', '*').verdict).toBe('implicitDeny');
    expect(evaluate(one(doc(st('Allow', ['iam.role.Read']))), 'iam.role.Read', 'r9').verdict).toBe(
      'allowed',
    );
  });

  it('lets an explicit Deny win over any Allow, and names the deciding statements', () => {
    const p: EffectivePolicies = {
      owner: false,
      sources: [
        { policyId: 'a', policyName: 'Admin', document: doc(st('Allow', ['*'])), via: [] },
        {
          policyId: 'c',
          policyName: 'ComputeOperator',
          document: doc(st('Allow', ['compute.*']), st('Deny', ['compute.instance.Delete'])),
          via: [{ kind: 'role', id: 'r', name: 'On-call Responder' }],
        },
      ],
    };
    const denied = evaluate(p, 'compute.instance.Delete', 'i-1');
    expect(denied.verdict).toBe('explicitDeny');
    expect(denied.statements).toEqual([
      {
        policyId: 'c',
        policyName: 'ComputeOperator',
        index: 1,
        effect: 'Deny',
        via: [{ kind: 'role', id: 'r', name: 'On-call Responder' }],
      },
    ]);
    expect(describeStatement(denied.statements[0]!)).toBe(
      'via role On-call Responder → ComputeOperator, statement 2',
    );
    expect(isAllowed(p, 'compute.instance.Delete', 'i-1')).toBe(false);
    const allowed = evaluate(p, 'compute.instance.Create');
    expect(allowed.statements.map((s) => `${s.policyName}#${s.index}`)).toEqual([
      'Admin#0',
      'ComputeOperator#0',
    ]);
    // A Deny on another resource does not apply.
    const scoped = one(doc(st('Allow', ['*']), st('Deny', ['iam.role.Delete'], ['r1'])));
    expect(evaluate(scoped, 'iam.role.Delete', 'r2').verdict).toBe('allowed');
    expect(evaluate(scoped, 'iam.role.Delete', 'r1').verdict).toBe('explicitDeny');
  });

  it('denies implicitly with no statements, and allows the owner without any', () => {
    expect(evaluate({ owner: false, sources: [] }, 'iam.role.List')).toEqual({
      verdict: 'implicitDeny',
      statements: [],
      owner: false,
    });
    expect(evaluate({ owner: true, sources: [] }, 'iam.role.Delete')).toEqual({
      verdict: 'allowed',
      statements: [],
      owner: true,
    });
    expect(isAllowed({ owner: true, sources: [] }, 'anything.at.All')).toBe(true);
  });
});

const graph: OrgGraph = {
  policies: [
    { id: 'p-admin', name: 'AdministratorAccess', document: doc(st('Allow', ['*'])) },
    { id: 'p-ro', name: 'ReadOnlyAccess', document: doc(st('Allow', ['iam.role.List'])) },
    { id: 'p-db', name: 'DatabaseAdmin', document: doc(st('Allow', ['database.*'])) },
    {
      id: 'p-assume',
      name: 'AssumeRoles',
      document: doc(st('Allow', ['iam.role.AssumeRole', 'iam.role.Read'])),
    },
    { id: 'p-nocreate', name: 'NoCreate', document: doc(st('Deny', ['iam.role.Create'])) },
  ],
  users: [
    { id: 'u-owner', name: 'Avery', owner: true, groupIds: [], policyIds: [], roleIds: [] },
    {
      id: 'u-blake',
      name: 'Blake',
      owner: false,
      groupIds: ['g-plat'],
      policyIds: [],
      roleIds: [],
    },
    {
      id: 'u-farah',
      name: 'Farah',
      owner: false,
      groupIds: [],
      policyIds: ['p-admin', 'p-nocreate'],
      roleIds: ['r-dev', 'r-break'],
    },
  ],
  groups: [{ id: 'g-plat', name: 'Platform', policyIds: ['p-assume'], roleIds: ['r-dev'] }],
  roles: [
    { id: 'r-dev', name: 'Developer', type: 'assignable', policyIds: ['p-ro', 'p-db'] },
    { id: 'r-break', name: 'Break-glass', type: 'assumable', policyIds: ['p-admin'] },
  ],
};

describe('PolicyResolver', () => {
  const resolver = new PolicyResolver(graph);

  it('finds a user’s policies through groups and the groups’ assignable roles', () => {
    const blake = resolver.user('u-blake');
    expect(blake.sources.map((s) => [s.policyName, s.via.map((v) => v.name).join(' → ')])).toEqual([
      ['AssumeRoles', 'Platform'],
      ['ReadOnlyAccess', 'Platform → Developer'],
      ['DatabaseAdmin', 'Platform → Developer'],
    ]);
    const db = evaluate(blake, 'database.instance.Delete');
    expect(describeStatement(db.statements[0]!)).toBe(
      'via group Platform → role Developer → DatabaseAdmin, statement 1',
    );
  });

  it('takes direct policies and assignable roles, never an assumable role’s policies', () => {
    const farah = resolver.user('u-farah');
    expect(farah.sources.map((s) => s.policyName)).toEqual([
      'AdministratorAccess',
      'NoCreate',
      'ReadOnlyAccess',
      'DatabaseAdmin',
    ]);
    expect(evaluate(farah, 'iam.role.Create').verdict).toBe('explicitDeny');
  });

  it('gives a role (and so a session of it) its own policies only', () => {
    expect(resolver.role('r-break').sources.map((s) => s.policyName)).toEqual([
      'AdministratorAccess',
    ]);
    expect(resolver.group('g-plat').sources).toHaveLength(3);
    expect(resolver.user('u-owner').owner).toBe(true);
    expect(resolver.user('nobody')).toEqual({ owner: false, sources: [] });
  });
});

describe('whoCan', () => {
  it('lists the users, groups and assumable roles allowed, and no one denied', () => {
    const names = (action: string) => whoCan(graph, action).map((e) => `${e.kind}:${e.name}`);
    expect(names('iam.role.Create')).toEqual(['user:Avery', 'role:Break-glass']);
    expect(names('database.instance.Read')).toEqual([
      'user:Avery',
      'user:Blake',
      'user:Farah',
      'group:Platform',
      'role:Break-glass',
    ]);
  });
});
