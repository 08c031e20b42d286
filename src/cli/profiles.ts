import { roleArn } from '../shared/schemas/role';
import { assumableRoles, callerId } from './caller';
import type { AssumableRole } from './caller';
import { CliError } from './errors';
import { configProfile, profileName } from './formats';
import type { ProfileLine } from './formats';
import type { VultrApi } from './http';
import { organizationId } from './roles';
import type { Warn } from './roles';

/** Profile names, one per role; two roles whose names slug alike get their ids' start appended. */
export function uniqueProfileNames(roles: readonly AssumableRole[]): string[] {
  const names = roles.map((r) => profileName(r.name));
  return names.map((n, i) =>
    names.indexOf(n) !== names.lastIndexOf(n) ? `${n}-${roles[i]!.id.slice(0, 8)}` : n,
  );
}

export interface ProfilesOptions {
  command: string;
  /** Written into each line when it is not the default endpoint. */
  endpoint: string | undefined;
  user: string | undefined;
  organization: string | undefined;
  sessionName: string | undefined;
  duration: number | undefined;
}

/** The `~/.aws/config` text: a comment, then one section per role the caller may assume. */
export async function profilesText(
  api: VultrApi,
  options: ProfilesOptions,
  warn: Warn,
): Promise<string> {
  const user = options.user ?? (await callerId(api));
  if (!user) {
    throw new CliError(
      `could not work out whose API key this is at ${api.endpoint} (the key's groups do not single out one user); give --user <user-id>`,
    );
  }
  const [org, roles] = await Promise.all([
    organizationId(api, options.organization, warn),
    assumableRoles(api, user),
  ]);
  if (roles.length === 0) {
    warn(`note: no role trusts user ${user}, directly or through a group`);
    return '';
  }
  const profiles = uniqueProfileNames(roles);
  const sections = roles.map((role, i) => {
    const line: ProfileLine = {
      roleName: role.name,
      roleArn: roleArn(org, role.id),
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      ...(options.sessionName ? { sessionName: options.sessionName } : {}),
      ...(options.duration !== undefined ? { duration: options.duration } : {}),
    };
    return `# ${role.name.replace(/[\r\n]+/g, ' ')}\n${configProfile(profiles[i]!, options.command, line)}`;
  });
  return `${sections.join('\n\n')}\n`;
}
