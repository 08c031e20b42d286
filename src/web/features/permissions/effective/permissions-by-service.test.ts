import { describe, expect, it } from 'vitest';
import { ALL_ACTIONS } from '../../../../shared/iam/actions';
import { describeStatement, PolicyResolver } from '../../../../shared/iam/evaluate';
import type { EffectivePolicies, PathStep, PolicySource } from '../../../../shared/iam/evaluate';
import { buildOrgGraph } from '../model/build-org-graph';
import { demoLists } from '../model/demo-org.fixture';
import { groupByDecision, permissionsByService } from './permissions-by-service';
import type { PermissionsView, ServicePermissions } from './permissions-by-service';

type St = { Effect: 'Allow' | 'Deny'; Action: string[]; Resource?: string[] };

function source(id: string, statements: St[], via: PathStep[] = []): PolicySource {
  return {
    policyId: id,
    policyName: id,
    via,
    document: {
      Version: '2026-03-20',
      Statement: statements.map((s) => ({ ...s, Resource: s.Resource ?? ['*'] })),
    },
  };
}

const principal = (...sources: PolicySource[]): EffectivePolicies => ({ owner: false, sources });

function service(view: PermissionsView, name: string): ServicePermissions {
  const found = view.services.find((s) => s.service === name);
  if (!found) throw new Error(`no ${name} in ${view.services.map((s) => s.service).join(', ')}`);
  return found;
}

const readOnly = source('ReadOnlyAccess', [
  { Effect: 'Allow', Action: ALL_ACTIONS.filter((a) => /\.(List|Read)$/.test(a)) },
]);

describe('permissionsByService', () => {
  it('lists nothing for a principal without policies', () => {
    const view = permissionsByService(principal());
    expect(view.owner).toBe(false);
    expect(view.services).toEqual([]);
    expect(view.nothingIn).toContain('Compute');
    expect(view.nothingIn).toHaveLength(10);
  });

  it('says "All actions" for a service a wildcard covers, with the statement', () => {
    const view = permissionsByService(
      principal(source('DatabaseAdmin', [{ Effect: 'Allow', Action: ['database.*'] }])),
    );
    const db = service(view, 'database');
    expect(db.summary).toBe('All actions');
    expect(db.allowed).toBe(db.total);
    expect(db.resources.map((r) => r.summary)).toEqual([
      'all actions',
      'all actions',
      'all actions',
    ]);
    const first = db.resources[0]!.actions[0]!;
    expect(first.verdict).toBe('allowed');
    expect(describeStatement(first.statements[0]!)).toBe('DatabaseAdmin, statement 1');
    expect(view.services.map((s) => s.service)).toEqual(['database']);
  });

  it('summarises a read-only policy as "List, Read" in every service', () => {
    const view = permissionsByService(principal(readOnly));
    expect(view.services).toHaveLength(10);
    for (const s of view.services) {
      expect([s.service, s.summary]).toEqual([
        s.service,
        expect.stringMatching(/^(List, Read|Read)$/),
      ]);
    }
    expect(service(view, 'kubernetes').summary).toBe('List, Read');
    // Kubeconfig has only Read: that is all of it.
    const kube = service(view, 'kubernetes').resources.find((r) => r.resource === 'kubeconfig');
    expect(kube?.summary).toBe('Read');
    const sessions = service(view, 'iam').resources.find((r) => r.resource === 'assumedrole');
    expect(sessions?.summary).toBe('List, Read');
  });

  it('keeps an explicit Deny as its own row, with the denying statement', () => {
    const view = permissionsByService(
      principal(
        source('ComputeOperator', [
          { Effect: 'Allow', Action: ['compute.instance.*', 'compute.snapshot.*'] },
          { Effect: 'Deny', Action: ['compute.instance.Delete'] },
        ]),
      ),
    );
    const compute = service(view, 'compute');
    expect(compute.denied).toBe(1);
    expect(compute.summary).toBe('Instances: all but Delete; Snapshots: all actions');
    const instance = compute.resources.find((r) => r.resource === 'instance')!;
    const del = instance.actions.find((a) => a.action === 'compute.instance.Delete')!;
    expect(del.verdict).toBe('explicitDeny');
    expect(del.statements.map(describeStatement)).toEqual(['ComputeOperator, statement 2']);
    expect(del.statements[0]!.effect).toBe('Deny');
    expect(compute.resources.map((r) => r.resource)).toEqual(['instance', 'snapshot']);
  });

  it('names the allowed operations when missing ones would not read shorter', () => {
    const view = permissionsByService(
      principal(
        readOnly,
        source('Pools', [{ Effect: 'Allow', Action: ['kubernetes.nodepool.Update'] }]),
        source('Most', [
          {
            Effect: 'Allow',
            Action: ['iam.user.List', 'iam.user.Read', 'iam.user.Create', 'iam.user.Update'],
          },
        ]),
      ),
    );
    const kube = service(view, 'kubernetes');
    expect(kube.summary).toBe(
      'Clusters: List, Read; Node pools: List, Read, Update; Kubeconfig: Read',
    );
    const users = service(view, 'iam').resources.find((r) => r.resource === 'user')!;
    expect(users.summary).toBe('all but Delete');
  });

  it('notes allows that hold only for resources the statements name', () => {
    const view = permissionsByService(
      principal(
        source('OneCluster', [
          {
            Effect: 'Allow',
            Action: ['kubernetes.cluster.Read', 'kubernetes.cluster.Delete'],
            Resource: ['c-1', 'c-2'],
          },
          { Effect: 'Deny', Action: ['kubernetes.cluster.Delete'], Resource: ['c-2'] },
          { Effect: 'Allow', Action: ['kubernetes.cluster.List'] },
        ]),
      ),
    );
    const kube = service(view, 'kubernetes');
    expect(kube.allowed).toBe(1);
    // Node pools can be listed too, but are not: the summary goes resource by resource.
    expect(kube.summary).toBe('Clusters: List');
    const cluster = kube.resources[0]!;
    expect(cluster.actions.map((a) => a.action)).toEqual(['kubernetes.cluster.List']);
    expect(
      cluster.someResources.map((s) => [s.action, s.allowedOn.map((o) => o.resource)]),
    ).toEqual([
      ['kubernetes.cluster.Read', ['c-1', 'c-2']],
      ['kubernetes.cluster.Delete', ['c-1']],
    ]);
    expect(cluster.someResources[0]!.allowedOn[0]!.statements[0]!.index).toBe(0);
  });

  it('marks an allow on * that a Deny takes back on some resources', () => {
    const view = permissionsByService(
      principal(
        source('Storage', [
          { Effect: 'Allow', Action: ['storage.bucket.*'] },
          { Effect: 'Deny', Action: ['storage.bucket.Delete'], Resource: ['prod-logs'] },
        ]),
      ),
    );
    const bucket = service(view, 'storage').resources[0]!;
    const del = bucket.actions.find((a) => a.action === 'storage.bucket.Delete')!;
    expect(del.verdict).toBe('allowed');
    expect(del.deniedOn.map((d) => d.resource)).toEqual(['prod-logs']);
    expect(del.deniedOn[0]!.statements[0]!.effect).toBe('Deny');
  });

  it('says which service has only allows on some resources', () => {
    const view = permissionsByService(
      principal(
        source('OneTicket', [
          { Effect: 'Allow', Action: ['support.ticket.Read'], Resource: ['t-9'] },
        ]),
      ),
    );
    expect(service(view, 'support').summary).toBe('Only on some resources');
    expect(view.nothingIn).not.toContain('Support');
  });

  it('gives the owner everything, without statements', () => {
    const view = permissionsByService({ owner: true, sources: [] });
    expect(view.owner).toBe(true);
    expect(view.services.every((s) => s.summary === 'All actions')).toBe(true);
    expect(view.nothingIn).toEqual([]);
  });

  it('names the group and role a user holds a permission through', () => {
    const graph = buildOrgGraph(demoLists());
    const blake = new PolicyResolver(graph).user('blake');
    const view = permissionsByService(blake);
    const roles = service(view, 'iam').resources.find((r) => r.resource === 'role')!;
    const list = roles.actions.find((a) => a.action === 'iam.role.List')!;
    expect(list.statements.map(describeStatement)).toEqual([
      'via group Platform Engineers → role Developer → ReadOnlyAccess, statement 1',
    ]);
    const read = roles.actions.find((a) => a.action === 'iam.role.Read')!;
    // Two statements allow it: the read-only role's and the group's AssumeRoles policy.
    expect(read.statements.map(describeStatement).sort()).toEqual([
      'via group Platform Engineers → AssumeRoles, statement 1',
      'via group Platform Engineers → role Developer → ReadOnlyAccess, statement 1',
    ]);
  });
});

describe('groupByDecision', () => {
  it('gathers the actions the same statements decide', () => {
    const view = permissionsByService(
      principal(
        readOnly,
        source('Roles', [{ Effect: 'Allow', Action: ['iam.role.Create'] }]),
        source('NoDelete', [{ Effect: 'Deny', Action: ['iam.role.Delete'] }]),
      ),
    );
    const role = service(view, 'iam').resources.find((r) => r.resource === 'role')!;
    const groups = groupByDecision(role.actions);
    expect(groups.map((g) => [g.verdict, g.operations.join(', ')])).toEqual([
      ['allowed', 'List, Read'],
      ['allowed', 'Create'],
      ['explicitDeny', 'Delete'],
    ]);
    expect(groups[2]!.statements.map(describeStatement)).toEqual(['NoDelete, statement 1']);
  });
});
