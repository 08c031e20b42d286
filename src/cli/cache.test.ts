import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheDir, cacheFileName, CredentialCache, isFresh, REFRESH_MARGIN_MS } from './cache';
import type { CacheKey, CachedCredentials } from './cache';

const API_KEY = 'SECRETAPIKEY0123456789ABCDEFGHIJKLMNOP';
const key: CacheKey = {
  endpoint: 'http://127.0.0.1:8080',
  role: 'arn:aws:iam::org:role/role-id',
  sessionName: 'laptop',
  duration: undefined,
  credential: { kind: 'api-key', apiKey: API_KEY },
};
const expiration = '2026-11-22T13:00:00Z';
const value: CachedCredentials = {
  credentials: {
    AccessKeyId: 'ASIAEXAMPLE1234567',
    SecretAccessKey: 'secret-access-key',
    SessionToken: 'ars-session-token',
    Expiration: expiration,
  },
  roleArn: 'arn:aws:iam::org:role/role-id',
  roleName: 'Deployer',
};

let dir: string;
let now: number;
beforeEach(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'cli-cache-')), 'vultr-iam-console');
  now = Date.parse('2026-11-22T12:00:00Z');
});
afterEach(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

describe('the credential cache', () => {
  it('gives back what it stored while more than five minutes remain, then nothing', () => {
    const cache = new CredentialCache(dir, () => now);
    expect(cache.read(key)).toBeNull();
    cache.write(key, value);
    expect(cache.read(key)).toEqual(value);
    // 5 minutes and 1 second before expiry: still fresh.
    now = Date.parse(expiration) - REFRESH_MARGIN_MS - 1000;
    expect(cache.read(key)).toEqual(value);
    // Exactly five minutes before: time to assume again.
    now = Date.parse(expiration) - REFRESH_MARGIN_MS;
    expect(cache.read(key)).toBeNull();
    now = Date.parse(expiration) + 1;
    expect(cache.read(key)).toBeNull();
  });

  it('writes a 0600 file in a 0700 directory, atomically, named by a hash without the secret', () => {
    const cache = new CredentialCache(dir, () => now);
    cache.write(key, value);
    cache.write(key, { ...value, roleName: 'Again' });
    const files = readdirSync(dir);
    // The temp file was renamed over the entry: one file, no leftovers.
    expect(files).toEqual([cacheFileName(key)]);
    expect(files[0]).toMatch(/^[0-9a-f]{64}\.json$/);
    expect(files[0]).not.toContain(API_KEY);
    expect(statSync(join(dir, files[0]!)).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(JSON.parse(readFileSync(join(dir, files[0]!), 'utf8'))).toMatchObject({
      Version: 1,
      RoleName: 'Again',
    });
  });

  it('keeps one entry per role, session name, duration, endpoint and credential', () => {
    const names = new Set(
      [
        key,
        { ...key, role: 'other' },
        { ...key, sessionName: 'other' },
        { ...key, duration: '900' },
        { ...key, endpoint: 'https://api.vultr.com' },
        { ...key, credential: { kind: 'api-key' as const, apiKey: 'ANOTHERKEY' } },
        { ...key, credential: { kind: 'web-identity' as const, tokenFile: '/run/token' } },
      ].map(cacheFileName),
    );
    expect(names.size).toBe(7);
    expect(cacheFileName({ ...key })).toBe(cacheFileName(key));
  });

  it('treats an unreadable or foreign file as a miss', () => {
    const cache = new CredentialCache(dir, () => now);
    cache.write(key, value);
    writeFileSync(cache.pathOf(key), '{not json');
    expect(cache.read(key)).toBeNull();
    writeFileSync(cache.pathOf(key), JSON.stringify({ Version: 2 }));
    expect(cache.read(key)).toBeNull();
  });

  it('lives under XDG_CACHE_HOME, else the platform cache directory', () => {
    expect(cacheDir({ XDG_CACHE_HOME: '/xdg' }, 'linux')).toBe('/xdg/vultr-iam-console');
    expect(cacheDir({}, 'linux')).toMatch(/\/\.cache\/vultr-iam-console$/);
    expect(cacheDir({}, 'darwin')).toMatch(/\/Library\/Caches\/vultr-iam-console$/);
    expect(cacheDir({ LOCALAPPDATA: '/appdata' }, 'win32')).toBe(
      join('/appdata', 'vultr-iam-console'),
    );
  });

  it('counts freshness against the margin', () => {
    expect(isFresh(expiration, Date.parse(expiration) - 10 * 60_000)).toBe(true);
    expect(isFresh(expiration, Date.parse(expiration) - 4 * 60_000)).toBe(false);
  });
});
