import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Db } from './database';

/**
 * Session tokens at rest: sealed with AES-256-GCM under a key kept in its own file (0600) in the
 * data directory, never in the database. The session id is bound in as associated data, so a
 * sealed token copied onto another row does not open.
 */
export class TokenSeal {
  private constructor(private readonly key: Buffer) {}

  /** Reads the key file, or creates it (0600) with a fresh random key. */
  static fromFile(path: string): TokenSeal {
    if (existsSync(path)) {
      const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64url');
      if (key.length !== 32) throw new Error(`${path} does not hold a 256-bit key`);
      return new TokenSeal(key);
    }
    const key = randomBytes(32);
    writeFileSync(path, `${key.toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
    chmodSync(path, 0o600);
    return new TokenSeal(key);
  }

  /** A key that lives only as long as this process (a database opened without a data directory). */
  static ephemeral(): TokenSeal {
    return new TokenSeal(randomBytes(32));
  }

  seal(token: string, sessionId: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(sessionId));
    const body = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return ['v1', iv, body, tag]
      .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
      .join('.');
  }

  /** The token, or null when the sealed text is not one this key made for this session. */
  open(sealed: string, sessionId: string): string | null {
    const [version, iv, body, tag] = sealed.split('.');
    if (version !== 'v1' || iv === undefined || body === undefined || tag === undefined) {
      return null;
    }
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(sessionId));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      const plain = Buffer.concat([
        decipher.update(Buffer.from(body, 'base64url')),
        decipher.final(),
      ]);
      return plain.toString('utf8');
    } catch {
      return null;
    }
  }
}

const seals = new WeakMap<Db, TokenSeal>();

/** Makes `seal` the one the session store of `db` uses. */
export function useTokenSeal(db: Db, seal: TokenSeal): void {
  seals.set(db, seal);
}

/** The seal of `db`; a database nobody gave one gets a key for this process only. */
export function tokenSealOf(db: Db): TokenSeal {
  let seal = seals.get(db);
  if (!seal) {
    seal = TokenSeal.ephemeral();
    seals.set(db, seal);
  }
  return seal;
}
