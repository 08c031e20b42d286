import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { API } from '../../../../shared/api/contract';
import { PolicyResolver } from '../../../../shared/iam/evaluate';
import type { EffectivePolicies, OrgGraph } from '../../../../shared/iam/evaluate';
import type { Policy } from '../../../../shared/schemas/policy';
import type { Role } from '../../../../shared/schemas/role';
import { ApiError, callApi } from '../../../lib/api-client';
import { loadAllPages } from '../../../lib/load-all-pages';
import { PERMISSIONS_QUERY_ROOT } from '../../../lib/query-client';
import { mapLimited } from '../../../lib/map-limited';
import { buildOrgGraph, roleKind } from './build-org-graph';

export { buildOrgGraph } from './build-org-graph';
export type { OrgLists } from './build-org-graph';

/** At most this many per-entity requests run at once. */
const CONCURRENCY = 6;

/** The object was deleted between the list and the request, or the upstream lacks the route. */
const gone = (error: unknown) =>
  error instanceof ApiError && (error.status === 404 || error.status === 405);

/**
 * Loads the whole organization from Vultr's own routes only: the four entity lists, then for
 * each group its members, for each policy its users and groups (and its document when the list
 * left it out), for each role its policies when the list left them out, and for each assignable
 * role its users and groups.
 */
export async function loadOrgGraph(signal: AbortSignal): Promise<OrgGraph> {
  const [users, groups, listedPolicies, listedRoles] = await Promise.all([
    loadAllPages(API.listUsers, (p) => p.users, signal),
    loadAllPages(API.listGroups, (p) => p.groups, signal),
    loadAllPages(API.listPolicies, (p) => p.policies, signal),
    loadAllPages(API.listRoles, (p) => p.roles, signal),
  ]);
  const policies: Policy[] = [...listedPolicies];
  const roles: Role[] = [...listedRoles];
  const members = new Map<string, string[]>();
  const policyUsers = new Map<string, string[]>();
  const policyGroups = new Map<string, string[]>();
  const roleUsers = new Map<string, string[]>();
  const roleGroups = new Map<string, string[]>();

  const tasks: (() => Promise<void>)[] = [];
  for (const group of groups) {
    tasks.push(async () => {
      try {
        const list = await loadAllPages(API.listGroupMembers, (p) => p.members, signal, {
          groupId: group.id,
        });
        members.set(
          group.id,
          list.map((m) => m.id),
        );
      } catch (error) {
        if (!gone(error)) throw error;
        // The group object names its members too.
        members.set(
          group.id,
          group.members.map((m) => m.id),
        );
      }
    });
  }
  policies.forEach((policy, i) => {
    const params = { policyId: policy.id };
    if (policy.policy_document.Statement.length === 0) {
      tasks.push(async () => {
        try {
          policies[i] = (await callApi(API.readPolicy, { params, signal })).policy;
        } catch (error) {
          if (!gone(error)) throw error;
        }
      });
    }
    tasks.push(async () => {
      policyUsers.set(
        policy.id,
        await idsOf(
          loadAllPages(API.listPolicyUsers, (p) => p.users, signal, params),
          (u) => u.id,
        ),
      );
    });
    tasks.push(async () => {
      policyGroups.set(
        policy.id,
        await idsOf(
          loadAllPages(API.listPolicyGroups, (p) => p.groups, signal, params),
          (g) => g.id,
        ),
      );
    });
  });
  roles.forEach((role, i) => {
    const params = { roleId: role.id };
    if (role.policies.length === 0) {
      // A list may leave a role's policies out: the role itself names them (as its page reads them).
      tasks.push(async () => {
        try {
          roles[i] = {
            ...role,
            policies: (await callApi(API.readRole, { params, signal })).role.policies,
          };
        } catch (error) {
          if (!gone(error)) throw error;
        }
      });
    }
    if (roleKind(role.role_type) !== 'assignable') return;
    tasks.push(async () => {
      roleUsers.set(
        role.id,
        await idsOf(
          loadAllPages(API.listRoleUsers, (p) => p.assignments, signal, params),
          (a) => a.user_id,
        ),
      );
    });
    tasks.push(async () => {
      roleGroups.set(
        role.id,
        await idsOf(
          loadAllPages(API.listRoleGroups, (p) => p.assignments, signal, params),
          (a) => a.group_id,
        ),
      );
    });
  });
  await mapLimited(tasks, CONCURRENCY, (task) => task());

  return buildOrgGraph({
    users,
    groups,
    policies,
    roles,
    members,
    policyUsers,
    policyGroups,
    roleUsers,
    roleGroups,
  });
}

/** The ids a list names (none when its owner is gone since it was listed). */
async function idsOf<T>(list: Promise<T[]>, id: (item: T) => string): Promise<string[]> {
  try {
    return (await list).map(id).filter((v) => v !== '');
  } catch (error) {
    if (gone(error)) return [];
    throw error;
  }
}

/** Query keys of the permissions views; every successful write marks them stale. */
export const permissionQueries = {
  root: () => PERMISSIONS_QUERY_ROOT,
  orgGraph: () =>
    queryOptions({
      queryKey: [...PERMISSIONS_QUERY_ROOT, 'org-graph'] as const,
      queryFn: ({ signal }) => loadOrgGraph(signal),
      staleTime: 30_000,
    }),
};

/** The whole organization as the policy evaluator sees it. */
export function useOrgGraph(): UseQueryResult<OrgGraph> {
  return useQuery(permissionQueries.orgGraph());
}

/** Evaluator input for one principal kind and id over a graph. */
export function principalPolicies(
  graph: OrgGraph,
  p: { kind: 'user' | 'group' | 'role'; id: string },
  resolver: PolicyResolver = new PolicyResolver(graph),
): EffectivePolicies {
  if (p.kind === 'user') return resolver.user(p.id);
  if (p.kind === 'group') return resolver.group(p.id);
  return resolver.role(p.id);
}

/**
 * The effective policies of a user (direct, groups', assignable roles'), a group (its own and its
 * assignable roles') or a role (its own: what a session of it acts with).
 */
export function usePrincipalPolicies(p: { kind: 'user' | 'group' | 'role'; id: string }): {
  data: EffectivePolicies | undefined;
  graph: OrgGraph | undefined;
  isPending: boolean;
  error: Error | null;
} {
  const query = useOrgGraph();
  const graph = query.data;
  const { kind, id } = p;
  const data = useMemo(
    () => (graph ? principalPolicies(graph, { kind, id }) : undefined),
    [graph, kind, id],
  );
  return { data, graph, isPending: query.isPending, error: query.error };
}
