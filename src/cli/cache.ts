import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Env } from './settings';
import type { AwsCredentials } from './sts';

/** Credentials are used from the cache while more than this remains (aws-vault's margin). */
export const REFRESH_MARGIN_MS = 5 * 60_000;

const APP = 'vultr-iam-console';

/**
 * The CLI's cache directory: `$XDG_CACHE_HOME/vultr-iam-console` when set, else the platform's
 * place for caches (`~/Library/Caches` on macOS, `%LOCALAPPDATA%` on Windows, `~/.cache` elsewhere).
 */
export function cacheDir(env: Env, platform: NodeJS.Platform = process.platform): string {
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, APP);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Caches', APP);
  if (platform === 'win32') {
    return join(env.LOCALAPPDATA || join(homedir(), 'AppData', 'Local'), APP);
  }
  return join(homedir(), '.cache', APP);
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** What one cache entry is for. Secrets appear here only as hashes. */
export interface CacheKey {
  endpoint: string;
  /** `--role` as given (so a name needs no lookup while its credentials are fresh). */
  role: string;
  sessionName: string;
  /** `--duration` as given. */
  duration: string | undefined;
  /** `api-key` with the key, or `web-identity` with the token file's path. */
  credential: { kind: 'api-key'; apiKey: string } | { kind: 'web-identity'; tokenFile: string };
}

/**
 * The entry's file name: a SHA-256 over what the entry is for, the credential itself hashed first
 * (the API key's hash, or the token file's path), so the name reveals neither.
 */
export function cacheFileName(key: CacheKey): string {
  const credential =
    key.credential.kind === 'api-key'
      ? `api-key:${sha256(key.credential.apiKey)}`
      : `web-identity-token-file:${sha256(key.credential.tokenFile)}`;
  const identity = JSON.stringify([
    1,
    key.endpoint,
    key.role,
    key.sessionName,
    key.duration ?? null,
    credential,
  ]);
  return `${sha256(identity)}.json`;
}

/** One cache file: the credential_process JSON, with the role it is for. */
export interface CacheEntry {
  Version: 1;
  AccessKeyId: string;
  SecretAccessKey: string;
  SessionToken: string;
  Expiration: string;
  RoleArn: string;
  RoleName: string;
}

const TEXT_FIELDS = ['AccessKeyId', 'SecretAccessKey', 'SessionToken', 'Expiration'] as const;

/**
 * The entry when the parsed file is one, else null. Checked by hand: the cache is read on every
 * credential_process call, and this path loads no schema library.
 */
export function readEntry(v: unknown): CacheEntry | null {
  if (typeof v !== 'object' || v === null) return null;
  const e = v as Record<string, unknown>;
  if (e.Version !== 1) return null;
  for (const k of TEXT_FIELDS) if (typeof e[k] !== 'string' || e[k] === '') return null;
  if (typeof e.RoleArn !== 'string' || typeof e.RoleName !== 'string') return null;
  if (Number.isNaN(Date.parse(e.Expiration as string))) return null;
  return e as unknown as CacheEntry;
}

export interface CachedCredentials {
  credentials: AwsCredentials;
  roleArn: string;
  roleName: string;
}

/** True while the credentials have more than the refresh margin left at `now`. */
export function isFresh(expiration: string, now: number): boolean {
  return Date.parse(expiration) - now > REFRESH_MARGIN_MS;
}

/** A per-role credential cache in one directory (0700), one file (0600) per entry. */
export class CredentialCache {
  constructor(
    readonly dir: string,
    private readonly now: () => number,
  ) {}

  pathOf(key: CacheKey): string {
    return join(this.dir, cacheFileName(key));
  }

  /** The cached credentials when present, readable and still fresh; otherwise null. */
  read(key: CacheKey): CachedCredentials | null {
    let raw: string;
    try {
      raw = readFileSync(this.pathOf(key), 'utf8');
    } catch {
      return null;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return null;
    }
    const entry = readEntry(parsed);
    if (!entry || !isFresh(entry.Expiration, this.now())) return null;
    const { AccessKeyId, SecretAccessKey, SessionToken, Expiration, RoleArn, RoleName } = entry;
    return {
      credentials: { AccessKeyId, SecretAccessKey, SessionToken, Expiration },
      roleArn: RoleArn,
      roleName: RoleName,
    };
  }

  /**
   * Writes an entry atomically: a new 0600 file beside it, then a rename over the old one, so a
   * reader never sees half an entry and the secret is never readable by others.
   */
  write(key: CacheKey, value: CachedCredentials): void {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    try {
      chmodSync(this.dir, 0o700);
    } catch {
      // Not ours to tighten (a shared XDG_CACHE_HOME subdirectory made by someone else).
    }
    const target = this.pathOf(key);
    const temp = join(this.dir, `.${randomBytes(8).toString('hex')}.tmp`);
    const entry: CacheEntry = {
      Version: 1,
      ...value.credentials,
      RoleArn: value.roleArn,
      RoleName: value.roleName,
    };
    const fd = openSync(temp, 'wx', 0o600);
    try {
      writeSync(fd, `${JSON.stringify(entry, null, 2)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    try {
      renameSync(temp, target);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
  }
}
