import { userInfo } from 'node:os';
import { cacheDir, CredentialCache } from './cache';
import type { CacheKey, CachedCredentials } from './cache';
import type { Warn } from './roles';
import { credentialOf, endpointOf, nowOf } from './settings';
import type { Credential, Env } from './settings';

/** What `--role` and its companions ask for, as given. */
export interface RoleRequest {
  role: string;
  sessionName: string | undefined;
  duration: string | undefined;
  organization: string | undefined;
  tokenFile: string | undefined;
  endpoint: string | undefined;
}

export interface Context {
  env: Env;
  warn: Warn;
  /** Every secret the run has seen, so stderr can be scrubbed of them. */
  secrets: string[];
}

/** The session name when none is given: the CLI's name and the local user's, as STS allows. */
export function defaultSessionName(): string {
  let user = '';
  try {
    user = userInfo().username;
  } catch {
    // No user database entry (some containers): the name alone will do.
  }
  const cleaned = user.replace(/[^\w+=,.@-]/g, '-');
  return (cleaned ? `vultr-iam-console-${cleaned}` : 'vultr-iam-console').slice(0, 64);
}

function cacheKeyOf(
  request: RoleRequest,
  endpoint: string,
  sessionName: string,
  credential: Credential,
): CacheKey {
  return {
    endpoint,
    role: request.role.trim(),
    sessionName,
    duration: request.duration,
    credential:
      credential.kind === 'api-key'
        ? { kind: 'api-key', apiKey: credential.apiKey }
        : { kind: 'web-identity', tokenFile: credential.tokenFile },
  };
}

/**
 * Credentials for the role: from the cache while more than five minutes remain, else from a new
 * STS call, then cached. An entry is written only after its request passed every check, so a
 * hit needs none of them again.
 */
export async function obtainCredentials(
  request: RoleRequest,
  ctx: Context,
  command: string,
): Promise<CachedCredentials> {
  const sessionName = request.sessionName ?? defaultSessionName();
  const endpoint = endpointOf(request.endpoint, ctx.env);
  const credential = credentialOf(request.tokenFile, ctx.env);
  if (credential.apiKey) ctx.secrets.push(credential.apiKey);

  const cache = new CredentialCache(cacheDir(ctx.env), () => nowOf(ctx.env));
  const key = cacheKeyOf(request, endpoint, sessionName, credential);
  const cached = cache.read(key);
  if (cached) {
    ctx.secrets.push(cached.credentials.SecretAccessKey, cached.credentials.SessionToken);
    return cached;
  }

  const { assumeFresh } = await import('./assume-flow');
  const fresh = await assumeFresh(request, sessionName, endpoint, credential, ctx, command);
  try {
    cache.write(key, fresh);
  } catch (error) {
    const code = (error as { code?: string }).code ?? (error as Error).message;
    ctx.warn(`note: could not cache the credentials in ${cache.dir} (${code})`);
  }
  return fresh;
}
