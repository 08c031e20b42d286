import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CallAs } from '../embedded';
import type { Clock } from '../clock';
import { isSeeded, seedDemoOrganization } from './seed';
import { generateApiKey } from './store/api-keys';
import type { Db } from './store/database';
import { openDatabase } from './store/database';
import { SESSION_AUDIT_DAYS_DEFAULT, startSessionPurge } from './store/sessions';
import type { SessionPurge } from './store/sessions';
import { TokenSeal, useTokenSeal } from './store/token-seal';
import { loadDevIssuerKey } from './oidc/dev-issuer';
import type { DevIssuerKey } from './oidc/dev-issuer';
import { allUserContacts, userContact } from './store/users';

export const DATABASE_FILE = 'iam.sqlite';
export const OWNER_KEY_FILE = 'owner-api-key';
/** Plain API keys of the seeded users, so the console can "call as" them in embedded mode. */
export const USER_KEYS_FILE = 'user-api-keys.json';

export const DEV_ISSUER_KEY_FILE = 'oidc-dev-key.json';
/** The key session tokens are sealed with at rest (0600, created on first start). */
export const SESSION_TOKEN_KEY_FILE = 'session-token-key';

export interface EmbeddedStore {
  db: Db;
  devIssuerKey: DevIssuerKey;
  ownerApiKey: string;
  seededNow: boolean;
  databasePath: string;
  /** Deletes ended sessions once their audit window is over: at start, then on a timer. */
  sessionPurge: SessionPurge;
}

function writeSecret(path: string, content: string) {
  writeFileSync(path, content, { mode: 0o600 });
  chmodSync(path, 0o600);
}

/**
 * Opens the emulator's data directory: creates it, migrates the database, and on first
 * start seeds the demo organization with the owner key (given, or generated and saved 0600).
 * Starts the purge of sessions that ended more than `sessionAuditDays` days ago.
 */
export function openEmbeddedStore(
  dataDir: string,
  clock: Clock,
  emulatorApiKey: string | null,
  options: { sessionAuditDays?: number } = {},
): EmbeddedStore {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const databasePath = join(dataDir, DATABASE_FILE);
  const tokenSeal = TokenSeal.fromFile(join(dataDir, SESSION_TOKEN_KEY_FILE));
  const db = openDatabase(databasePath);
  useTokenSeal(db, tokenSeal);
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
    const sessionPurge = purgeSessions(db, clock, options.sessionAuditDays);
    return { db, devIssuerKey, ownerApiKey, seededNow: true, databasePath, sessionPurge };
  }

  const saved = existsSync(keyFile) ? readFileSync(keyFile, 'utf8').trim() : '';
  const ownerApiKey = emulatorApiKey ?? saved;
  if (!ownerApiKey) {
    db.close();
    throw new Error(`the owner API key is missing: set EMULATOR_API_KEY or restore ${keyFile}`);
  }
  const sessionPurge = purgeSessions(db, clock, options.sessionAuditDays);
  return { db, devIssuerKey, ownerApiKey, seededNow: false, databasePath, sessionPurge };
}

function purgeSessions(db: Db, clock: Clock, auditDays = SESSION_AUDIT_DAYS_DEFAULT) {
  return startSessionPurge(db, clock, {
    auditDays,
    onError: (error) => process.stderr.write(`session purge failed: ${(error as Error).message}\n`),
  });
}

/**
 * Reads the seeded users' plain keys (kept 0600 in DATA_DIR, never sent to the browser), so the
 * console can assume roles as one of them. Deleted users drop out.
 */
export function seededCallAs(dataDir: string, db: Db): CallAs {
  let keys: Record<string, string> | null = null;
  const keysByEmail = () => {
    if (!keys) {
      const file = join(dataDir, USER_KEYS_FILE);
      keys = existsSync(file)
        ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)
        : {};
    }
    return keys;
  };
  return {
    keyFor(userId) {
      const user = userContact(db, userId);
      return user ? (keysByEmail()[user.email] ?? null) : null;
    },
    users() {
      const known = keysByEmail();
      return allUserContacts(db).filter((u) => known[u.email] !== undefined);
    },
  };
}
