import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../clock';
import { openEmbeddedStore, OWNER_KEY_FILE, USER_KEYS_FILE } from './bootstrap';
import { listMigrations } from './store/database';
import { startTestServer } from '../testing/test-support';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'iam-bootstrap-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('openEmbeddedStore', () => {
  it('creates the data directory, migrates with WAL and foreign keys, and seeds once', () => {
    const dir = join(tempDir(), 'nested', 'data');
    const store = openEmbeddedStore(dir, new ManualClock(), null);
    expect(store.seededNow).toBe(true);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.db.pragma('user_version', { simple: true })).toBe(
      listMigrations().at(-1)!.version,
    );
    const counts = store.db
      .prepare(
        `SELECT (SELECT count(*) FROM users) AS users, (SELECT count(*) FROM groups) AS groups,
                (SELECT count(*) FROM policies) AS policies, (SELECT count(*) FROM roles) AS roles,
                (SELECT count(*) FROM role_trusts) AS trusts`,
      )
      .get() as Record<string, number>;
    expect(counts.users).toBeGreaterThanOrEqual(6);
    expect(counts.groups).toBe(3);
    expect(counts.policies).toBeGreaterThanOrEqual(6);
    expect(counts.roles).toBeGreaterThanOrEqual(5);
    expect(counts.trusts).toBeGreaterThanOrEqual(4);
    store.db.close();
  });

  it('generates an owner key, saves it 0600, and never stores keys in plain text in the database', () => {
    const dir = tempDir();
    const store = openEmbeddedStore(dir, new ManualClock(), null);
    const saved = readFileSync(join(dir, OWNER_KEY_FILE), 'utf8').trim();
    expect(saved).toBe(store.ownerApiKey);
    expect(saved).toMatch(/^[A-Z2-7]{36}$/);
    expect(statSync(join(dir, OWNER_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, USER_KEYS_FILE)).mode & 0o777).toBe(0o600);
    store.db.close();
    for (const file of readdirSync(dir).filter((f) => f.startsWith('iam.sqlite'))) {
      expect(readFileSync(join(dir, file)).includes(Buffer.from(saved))).toBe(false);
    }
  });

  it('uses EMULATOR_API_KEY as the owner key of a new database', () => {
    const dir = tempDir();
    const key = 'MY-CHOSEN-OWNER-KEY-1234567890';
    const store = openEmbeddedStore(dir, new ManualClock(), key);
    expect(store.ownerApiKey).toBe(key);
    store.db.close();
  });

  it('refuses to start on an existing database whose owner key is lost', () => {
    const dir = tempDir();
    openEmbeddedStore(dir, new ManualClock(), null).db.close();
    rmSync(join(dir, OWNER_KEY_FILE));
    expect(() => openEmbeddedStore(dir, new ManualClock(), null)).toThrow(
      /owner API key is missing/,
    );
  });
});

describe('restart', () => {
  it('keeps the data and does not reseed over it', async () => {
    const first = await startTestServer();
    const before = await first.v2('GET', '/v2/roles');
    await first.close({ keepData: true });

    const second = await startTestServer({ dataDir: first.dataDir });
    expect(second.store.seededNow).toBe(false);
    const after = await second.v2('GET', '/v2/roles');
    expect(after.json).toEqual(before.json);
    const orgs = second.store.db.prepare('SELECT count(*) FROM organizations').pluck().get();
    expect(orgs).toBe(1);
    await second.close();
  });
});
