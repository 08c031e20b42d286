import type { CallAsUser } from '../shared/schemas/console-api';

/**
 * What the console backend and the embedded emulator both speak of, kept here so that neither
 * imports the other (src/server/app.ts is the one place that wires them together).
 */

/** Where the development OIDC issuer is mounted (embedded mode only). */
export const DEV_ISSUER_PATH = '/oidc/dev';

/** Embedded mode's "call as": the seeded users whose API key the server holds. */
export interface CallAs {
  /** The plain API key of a seeded user, or null when the server holds none for that id. */
  keyFor(userId: string): string | null;
  /** The users the console may act as, by name. */
  users(): CallAsUser[];
}
