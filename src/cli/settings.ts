import { homedir } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import { CliError } from './errors';

export type Env = Readonly<Record<string, string | undefined>>;

export const DEFAULT_ENDPOINT = 'https://api.vultr.com';

/** How the CLI authenticates its STS call. */
export type Credential =
  | { kind: 'api-key'; apiKey: string }
  | { kind: 'web-identity'; tokenFile: string; apiKey: string | null };

/**
 * Where the Vultr API is: `--endpoint`, else `VULTR_API_URL`, else api.vultr.com. A trailing `/`
 * or `/v2` is dropped, so either spelling of the base works.
 */
export function endpointOf(flag: string | undefined, env: Env): string {
  const raw = (flag ?? env.VULTR_API_URL ?? '').trim() || DEFAULT_ENDPOINT;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new CliError(`the API endpoint "${raw}" is not a URL (set VULTR_API_URL or --endpoint)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new CliError(`the API endpoint ${raw} must be an http or https URL`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '').replace(/\/v2$/, '');
}

/** A path as given, `~/` meaning the home directory, made absolute. */
export function expandPath(path: string, cwd: string = process.cwd()): string {
  const home = path === '~' || path.startsWith('~/') ? homedir() + path.slice(1) : path;
  return isAbsolute(home) ? home : resolve(cwd, home);
}

/**
 * The credential to assume with: a web identity token file (`--web-identity-token-file`, else
 * `AWS_WEB_IDENTITY_TOKEN_FILE`) means AssumeRoleWithWebIdentity, the API key then only looking
 * roles up; otherwise `VULTR_API_KEY` and AssumeRole.
 */
export function credentialOf(tokenFileFlag: string | undefined, env: Env): Credential {
  const apiKey = env.VULTR_API_KEY?.trim() || null;
  const tokenFile = tokenFileFlag ?? (env.AWS_WEB_IDENTITY_TOKEN_FILE?.trim() || undefined);
  if (tokenFile !== undefined) {
    if (tokenFile === '') throw new CliError('--web-identity-token-file needs a path');
    return { kind: 'web-identity', tokenFile: expandPath(tokenFile), apiKey };
  }
  if (!apiKey) {
    throw new CliError(
      'VULTR_API_KEY is not set: export your Vultr API key as VULTR_API_KEY (or give --web-identity-token-file to assume with an OIDC token)',
    );
  }
  return { kind: 'api-key', apiKey };
}

/** The API key for lookups through /v2 (role names, organizations, the caller's roles). */
export function lookupKeyOf(env: Env, why: string): string {
  const apiKey = env.VULTR_API_KEY?.trim();
  if (!apiKey) throw new CliError(`VULTR_API_KEY is not set: it is needed ${why}`);
  return apiKey;
}

/**
 * Now, by the machine's clock — or by `VULTR_IAM_CONSOLE_NOW` (an ISO-8601 instant or epoch
 * milliseconds), which only the CLI's own tests set, to move past the refresh point.
 */
export function nowOf(env: Env): number {
  const fake = env.VULTR_IAM_CONSOLE_NOW?.trim();
  if (!fake) return Date.now();
  const ms = /^\d+$/.test(fake) ? Number(fake) : Date.parse(fake);
  if (Number.isNaN(ms)) throw new CliError(`VULTR_IAM_CONSOLE_NOW "${fake}" is not an instant`);
  return ms;
}
