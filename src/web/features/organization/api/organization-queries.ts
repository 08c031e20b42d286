import { queryOptions, useQuery } from '@tanstack/react-query';
import { ROUTES } from '../../../../shared/api/routes';
import type { Organization } from '../../../../shared/schemas/organization';
import { ApiError, apiRequest, callApi } from '../../../lib/api-client';
import { loadAllPages } from '../../../lib/load-all-pages';
import type { GroupMembers, Identity, Person } from '../model/identity';
import { identifyCaller, UNKNOWN } from '../model/identity';
import {
  chooseOrganization,
  organizationChoice,
  useOrganizationChoice,
} from '../model/organization-choice';

/**
 * Who the key in use belongs to. `GET /users/me` is the emulator's ([E]): used when it answers.
 * Anywhere else (live Vultr answers 404, or refuses it) the caller is worked out from Vultr's own
 * `/users/me/groups`, the groups' members and the users list; a 401 means the key itself is
 * refused and is reported as such.
 */
async function whoAmI(signal: AbortSignal): Promise<Identity> {
  try {
    const { user } = await callApi(ROUTES.readMe, { signal });
    return { known: true, user: { id: user.id, name: user.name, email: user.email }, via: 'me' };
  } catch (error) {
    const unavailable =
      error instanceof ApiError &&
      error.status >= 400 &&
      error.status < 500 &&
      error.status !== 401;
    if (!unavailable) throw error;
  }
  const groups = await loadAllPages(ROUTES.myGroups, (p) => p.groups, signal);
  if (groups.length === 0) return UNKNOWN;
  // A group listed without its members is read on its own.
  const withMembers: GroupMembers[] = await Promise.all(
    groups.map(async (g) => {
      if (g.members.length > 0) return g;
      try {
        return (await callApi(ROUTES.readGroup, { params: { groupId: g.id }, signal })).group;
      } catch {
        return g;
      }
    }),
  );
  let users: Person[] = [];
  try {
    users = await loadAllPages(ROUTES.listUsers, (p) => p.users, signal);
  } catch {
    // A key that may not list users still has its groups' member records for a name.
  }
  return identifyCaller(withMembers, users);
}

export const organizationQueries = {
  all: () => ['organization'] as const,
  /** Every organization the key belongs to (`orgs` or `organizations`; usually one). */
  list: () =>
    queryOptions({
      queryKey: [...organizationQueries.all(), 'list'] as const,
      queryFn: ({ signal }) =>
        loadAllPages(ROUTES.listOrganizations, (p) => p.organizations, signal),
      staleTime: 5 * 60_000,
    }),
  /** Who the credential in use (the server's, or the user's own key) belongs to, when known. */
  me: () =>
    queryOptions({
      queryKey: [...organizationQueries.all(), 'me'] as const,
      queryFn: ({ signal }) => whoAmI(signal),
      staleTime: 5 * 60_000,
    }),
  health: () =>
    queryOptions({
      queryKey: [...organizationQueries.all(), 'health'] as const,
      queryFn: async ({ signal }) => {
        const { healthSchema } = await import('../../../../shared/schemas/health');
        return apiRequest('/healthz', healthSchema, { signal });
      },
      staleTime: 60_000,
    }),
};

export interface CurrentOrganization {
  /** The organization in use; null when the key belongs to none; undefined while loading. */
  current: Organization | null | undefined;
  /** Every organization of the key (several: the top bar offers a choice). */
  organizations: readonly Organization[];
  isPending: boolean;
  error: Error | null;
  choose: (id: string) => void;
}

/** The organization this tab works in: the one picked in the top bar, else the first listed. */
export function useOrganization(): CurrentOrganization {
  const list = useQuery(organizationQueries.list());
  const chosenId = useOrganizationChoice();
  return {
    current: list.data ? chooseOrganization(list.data, chosenId) : undefined,
    organizations: list.data ?? [],
    isPending: list.isPending,
    error: list.error,
    choose: (id) => organizationChoice.set(id),
  };
}

/** The caller when known: for defaults (the sessions page's user), never required. */
export function useMe(): Person | undefined {
  const me = useQuery(organizationQueries.me());
  return me.data?.known ? me.data.user : undefined;
}
