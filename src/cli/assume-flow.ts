import { readFileSync } from 'node:fs';
import { sessionDurationSchema } from '../shared/schemas/role';
import { sessionNameSchema } from '../shared/schemas/session';
import type { CachedCredentials } from './cache';
import type { Context, RoleRequest } from './credentials';
import { CliError, UsageError } from './errors';
import { VultrApi } from './http';
import { resolveRole } from './roles';
import { lookupKeyOf } from './settings';
import type { Credential } from './settings';
import { assume, roleNameOfAssumedArn } from './sts';
import type { AssumeCall } from './sts';

/**
 * The path of a cache miss: checks the request with the shared rules, finds the role's ARN and
 * calls STS. Loaded only when needed, so a cache hit starts no schema library or XML parser.
 */

/** `--session-name`, checked with the shared rule. */
export function sessionNameOf(given: string, command: string): string {
  const parsed = sessionNameSchema.safeParse(given);
  if (!parsed.success) {
    throw new UsageError(
      `--session-name ${parsed.error.issues[0]?.message ?? 'is invalid'}`,
      command,
    );
  }
  return parsed.data;
}

/** `--duration` in seconds (900–43200), checked with the shared rule. */
export function durationOf(given: string | undefined, command: string): number | undefined {
  if (given === undefined) return undefined;
  const seconds = /^\d+$/.test(given) ? Number(given) : NaN;
  if (Number.isNaN(seconds)) {
    throw new UsageError('--duration must be a whole number of seconds', command);
  }
  const parsed = sessionDurationSchema.safeParse(seconds);
  if (!parsed.success) {
    throw new UsageError(`--duration ${parsed.error.issues[0]?.message ?? 'is invalid'}`, command);
  }
  return parsed.data;
}

/** The web identity token, read from its file on every assume (CI systems rotate it). */
function readToken(path: string): string {
  let token: string;
  try {
    token = readFileSync(path, 'utf8').trim();
  } catch (error) {
    const code = (error as { code?: string }).code ?? (error as Error).message;
    throw new CliError(`cannot read the web identity token file ${path} (${code})`);
  }
  if (token === '') throw new CliError(`the web identity token file ${path} is empty`);
  return token;
}

/** Assumes the role anew: AssumeRole with the API key, or web identity with the token file. */
export async function assumeFresh(
  request: RoleRequest,
  sessionName: string,
  endpoint: string,
  credential: Credential,
  ctx: Context,
  command: string,
): Promise<CachedCredentials> {
  const name = sessionNameOf(sessionName, command);
  const duration = durationOf(request.duration, command);
  const lookup = () =>
    new VultrApi(
      endpoint,
      lookupKeyOf(ctx.env, `to look up the role "${request.role}" (or give the role's ARN)`),
    );
  const role = await resolveRole(request.role, lookup, request.organization, ctx.warn);
  let call: AssumeCall;
  if (credential.kind === 'api-key') call = { action: 'AssumeRole', apiKey: credential.apiKey };
  else {
    const token = readToken(credential.tokenFile);
    ctx.secrets.push(token);
    call = { action: 'AssumeRoleWithWebIdentity', token, tokenFile: credential.tokenFile };
  }
  const assumed = await assume({ endpoint, roleArn: role.arn, sessionName: name, duration, call });
  ctx.secrets.push(assumed.credentials.SecretAccessKey, assumed.credentials.SessionToken);
  return {
    credentials: assumed.credentials,
    roleArn: role.arn,
    roleName: role.name || roleNameOfAssumedArn(assumed.assumedRoleArn),
  };
}
