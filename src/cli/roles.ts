import { API } from '../shared/api/contract';
import { idSchema } from '../shared/schemas/common';
import { roleArn } from '../shared/schemas/role';
import { ROLE_ARN_PATTERN } from '../shared/schemas/sts';
import { CliError } from './errors';
import { assumableRoles, callerId } from './caller';
import { ApiError } from './http';
import type { VultrApi } from './http';
import { closeNames } from './names';

/** Where notes for the person go (stderr); never given a secret. */
export type Warn = (line: string) => void;

/**
 * The organization whose roles the CLI means: `--organization` when given, else the first the key
 * belongs to (a note names it when there are several).
 */
export async function organizationId(
  api: VultrApi,
  chosen: string | undefined,
  warn: Warn,
): Promise<string> {
  if (chosen) return chosen;
  const orgs = await api.all(API.listOrganizations, (p) => p.organizations);
  const first = orgs[0];
  if (!first) throw new CliError(`the API key belongs to no organization at ${api.endpoint}`);
  if (orgs.length > 1) {
    warn(
      `note: the key belongs to ${orgs.length} organizations; using ${first.name || first.id} (${first.id}). --organization <id> picks another.`,
    );
  }
  return first.id;
}

/** What finding a role by name needs to know of each role. */
export interface NamedRole {
  id: string;
  name: string;
  role_type: string;
}

/** Finds a role by name (exactly, else ignoring case) in a list; unknown names list close ones. */
export function findRoleByName<R extends NamedRole>(wanted: string, roles: readonly R[]): R {
  const exact = roles.filter((r) => r.name === wanted);
  const matches =
    exact.length > 0 ? exact : roles.filter((r) => r.name.toLowerCase() === wanted.toLowerCase());
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) {
    throw new CliError(
      `several roles are named "${wanted}" (${matches.map((r) => r.id).join(', ')}); give the role's id or ARN`,
    );
  }
  const assumable = roles.filter((r) => r.role_type === 'assumable').map((r) => r.name);
  const close = closeNames(wanted, assumable);
  const hint =
    close.length > 0
      ? ` Did you mean ${close.map((n) => `"${n}"`).join(', ')}?`
      : assumable.length > 0
        ? ` Assumable roles: ${assumable
            .slice(0, 10)
            .map((n) => `"${n}"`)
            .join(', ')}${assumable.length > 10 ? ', …' : ''}.`
        : ' The organization has no assumable role.';
  throw new CliError(`unknown role "${wanted}".${hint}`);
}

export interface ResolvedRole {
  arn: string;
  /** The role's name when the lookup saw it. */
  name: string;
}

/**
 * `--role` as an ARN (used as given), a role id (ARN built with the organization id) or a role
 * name (found in GET /v2/roles, all pages). `lookup` gives the API client, needed only for ids
 * and names.
 */
export async function resolveRole(
  spec: string,
  lookup: () => VultrApi,
  chosenOrganization: string | undefined,
  warn: Warn,
): Promise<ResolvedRole> {
  const wanted = spec.trim();
  if (wanted === '') throw new CliError('--role is empty');
  if (ROLE_ARN_PATTERN.test(wanted)) return { arn: wanted, name: '' };
  const api = lookup();
  if (idSchema.safeParse(wanted).success) {
    return { arn: roleArn(await organizationId(api, chosenOrganization, warn), wanted), name: '' };
  }
  const [org, roles] = await Promise.all([
    organizationId(api, chosenOrganization, warn),
    rolesToSearch(api),
  ]);
  const role = findRoleByName(wanted, roles);
  if (role.role_type !== 'assumable') {
    throw new CliError(
      `role "${role.name}" is ${role.role_type || 'not assumable'}: only assumable roles can be assumed`,
    );
  }
  return { arn: roleArn(org, role.id), name: role.name };
}

/**
 * The roles a name is looked for in: every role of the organization; or, for a key that may not
 * list roles (iam.role.List), the roles whose trusts name the caller — its own to read.
 */
async function rolesToSearch(api: VultrApi): Promise<NamedRole[]> {
  try {
    return await api.all(API.listRoles, (p) => p.roles);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 403) throw error;
  }
  const user = await callerId(api);
  if (!user) {
    throw new CliError(
      'this key may not list roles, and whose key it is cannot be worked out: give the role as an ARN or id',
    );
  }
  return (await assumableRoles(api, user)).map((r) => ({ ...r, role_type: 'assumable' }));
}
