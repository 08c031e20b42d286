import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from '../clock';
import { isSeeded, seedDemoOrganization } from './seed';
import { generateApiKey } from './store/api-keys';
import type { Db } from './store/database';
import { openDatabase } from './store/database';
import { loadDevIssuerKey } from './oidc/dev-issuer';
import type { DevIssuerKey } from './oidc/dev-issuer';

export const DATABASE_FILE = 'iam.sqlite';
export const OWNER_KEY_FILE = 'owner-api-key';
/** Plain API keys of the seeded users, so the console can "call as" them in embedded mode. */
export const USER_KEYS_FILE = 'user-api-keys.json';

export const DEV_ISSUER_KEY_FILE = 'oidc-dev-key.json';

export interface EmbeddedStore {
  db: Db;
  devIssuerKey: DevIssuerKey;
  ownerApiKey: string;
  seededNow: boolean;
  databasePath: string;
}

function writeSecret(path: string, content: string) {
  writeFileSync(path, content, { mode: 0o600 });
  chmodSync(path, 0o600);
}

/**
 * Opens the emulator's data directory: creates it, migrates the database, and on first
 * start seeds the demo organization with the owner key (given, or generated and saved 0600).
 */
export function openEmbeddedStore(
  dataDir: string,
  clock: Clock,
  emulatorApiKey: string | null,
): EmbeddedStore {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const databasePath = join(dataDir, DATABASE_FILE);
  const db = openDatabase(databasePath);
  const keyFile = join(dataDir, OWNER_KEY_FILE);
  const devIssuerKey = loadDevIssuerKey(join(dataDir, DEV_ISSUER_KEY_FILE));

  if (!isSeeded(db)) {
    const ownerApiKey = emulatorApiKey ?? generateApiKey();
    const seed = seedDemoOrganization(db, clock, {
      ownerApiKey,
      devIssuerJwk: devIssuerKey.publicJwk,
    });
    writeSecret(keyFile, `${ownerApiKey}\n`);
    writeSecret(join(dataDir, USER_KEYS_FILE), `${JSON.stringify(seed.apiKeys, null, 2)}\n`);
    return { db, devIssuerKey, ownerApiKey, seededNow: true, databasePath };
  }

  const saved = existsSync(keyFile) ? readFileSync(keyFile, 'utf8').trim() : '';
  const ownerApiKey = emulatorApiKey ?? saved;
  if (!ownerApiKey) {
    db.close();
    throw new Error(`the owner API key is missing: set EMULATOR_API_KEY or restore ${keyFile}`);
  }
  return { db, devIssuerKey, ownerApiKey, seededNow: false, databasePath };
}

/**
 * Embedded mode's "call as": the plain API key of a seeded user (kept 0600 in DATA_DIR, never
 * sent to the browser), so the console can assume roles as that user.
 */
export function seededUserKeys(dataDir: string, db: Db): (userId: string) => string | null {
  let keys: Record<string, string> | null = null;
  return (userId) => {
    if (!keys) {
      const file = join(dataDir, USER_KEYS_FILE);
      keys = existsSync(file)
        ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)
        : {};
    }
    const email = db.prepare('SELECT email FROM users WHERE id = ?').pluck().get(userId) as
      string | undefined;
    return email ? (keys[email] ?? null) : null;
  };
}
