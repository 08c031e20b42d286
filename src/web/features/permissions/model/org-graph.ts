import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { ROUTES } from '../../../../shared/api/routes';
import type { ReplyOf } from '../../../../shared/api/contract';
import type { RouteInfo } from '../../../../shared/api/routes';
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
    loadAllPages(ROUTES.listUsers, (p) => p.users, signal),
    loadAllPages(ROUTES.listGroups, (p) => p.groups, signal),
    loadAllPages(ROUTES.listPolicies, (p) => p.policies, signal),
    loadAllPages(ROUTES.listRoles, (p) => p.roles, signal),
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
        const list = await loadAllPages(ROUTES.listGroupMembers, (p) => p.members, signal, {
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
  // For one owner (a policy, a role): the ids a list route of it names go into a map under the
  // owner's id; none when the owner has gone since it was listed.
  const collector =
    (owner: string, params: Record<string, string>) =>
    <R extends RouteInfo>(
      into: Map<string, string[]>,
      route: R,
      ids: (page: ReplyOf<R>) => string[],
    ) =>
      tasks.push(
        async () => void into.set(owner, await idsOf(loadAllPages(route, ids, signal, params))),
      );
  // A read of an object the list gave too little of; skipped when it has gone since.
  const complete = (read: () => Promise<void>) =>
    tasks.push(async () => {
      try {
        await read();
      } catch (error) {
        if (!gone(error)) throw error;
      }
    });

  policies.forEach((policy, i) => {
    const params = { policyId: policy.id };
    if (policy.policy_document.Statement.length === 0) {
      complete(async () => {
        policies[i] = (await callApi(ROUTES.readPolicy, { params, signal })).policy;
      });
    }
    const collect = collector(policy.id, params);
    collect(policyUsers, ROUTES.listPolicyUsers, (p) => p.users.map((u) => u.id));
    collect(policyGroups, ROUTES.listPolicyGroups, (p) => p.groups.map((g) => g.id));
  });
  roles.forEach((role, i) => {
    const params = { roleId: role.id };
    if (role.policies.length === 0) {
      // A list may leave a role's policies out: the role itself names them (as its page reads them).
      complete(async () => {
        const { policies: named } = (await callApi(ROUTES.readRole, { params, signal })).role;
        roles[i] = { ...role, policies: named };
      });
    }
    if (roleKind(role.role_type) !== 'assignable') return;
    const collect = collector(role.id, params);
    collect(roleUsers, ROUTES.listRoleUsers, (p) => p.assignments.map((a) => a.user_id));
    collect(roleGroups, ROUTES.listRoleGroups, (p) => p.assignments.map((a) => a.group_id));
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
async function idsOf(list: Promise<string[]>): Promise<string[]> {
  try {
    return (await list).filter((v) => v !== '');
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
