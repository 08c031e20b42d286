import { useSyncExternalStore } from 'react';

/**
 * The user's own Vultr API key and the console token, held in this module's memory only:
 * never in localStorage, sessionStorage, IndexedDB, cookies or the URL, so a reload forgets
 * them. The secrets themselves never leave this module except through the getters the
 * api-client uses to build request headers; what React sees is a snapshot of flags.
 */
export interface CredentialsSnapshot {
  /** The user pasted their own API key: requests run as its owner, not with the server's key. */
  hasApiKey: boolean;
  hasConsoleToken: boolean;
  /** The server refused a request for want of a (right) console token: ask the user for it. */
  needsConsoleToken: boolean;
  /** The token the user gave was refused (so the prompt can say so). */
  consoleTokenRefused: boolean;
}

let apiKey: string | null = null;
let consoleToken: string | null = null;
let snapshot: CredentialsSnapshot = {
  hasApiKey: false,
  hasConsoleToken: false,
  needsConsoleToken: false,
  consoleTokenRefused: false,
};
const listeners = new Set<() => void>();

function publish(needsConsoleToken: boolean, consoleTokenRefused = snapshot.consoleTokenRefused) {
  snapshot = {
    hasApiKey: apiKey !== null,
    hasConsoleToken: consoleToken !== null,
    needsConsoleToken,
    consoleTokenRefused,
  };
  for (const listener of [...listeners]) listener();
}

/** Header values must be visible ASCII: anything else would make fetch throw (or smuggle bytes). */
const HEADER_SAFE = /^[\x21-\x7e]+$/;
const SECRET_MAX = 512;

/**
 * Why a pasted secret cannot be used, or null when it can. The message names the rule, never
 * the value.
 */
export function secretProblem(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === '') return 'is required';
  if (trimmed.length > SECRET_MAX) return `must be at most ${SECRET_MAX} characters`;
  if (!HEADER_SAFE.test(trimmed)) return 'may contain only visible ASCII characters, no spaces';
  return null;
}

function checked(what: string, value: string): string {
  const problem = secretProblem(value);
  if (problem !== null) throw new Error(`${what} ${problem}`);
  return value.trim();
}

export const credentials = {
  getSnapshot: (): CredentialsSnapshot => snapshot,

  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },

  /** The user's own key, for the api-client's request headers only. */
  apiKey: (): string | null => apiKey,
  consoleToken: (): string | null => consoleToken,

  setApiKey(value: string) {
    apiKey = checked('The API key', value);
    publish(snapshot.needsConsoleToken);
  },

  clearApiKey() {
    if (apiKey === null) return;
    apiKey = null;
    publish(snapshot.needsConsoleToken);
  },

  setConsoleToken(value: string) {
    consoleToken = checked('The console token', value);
    publish(false, false);
  },

  /**
   * The server answered "console token required" to a request sent with `sent` (null: none).
   * Forget that token and ask for one — unless the user already entered a newer token while
   * the request was in flight, which the next attempt will carry.
   */
  consoleTokenRejected(sent: string | null) {
    if (consoleToken !== sent) return;
    if (consoleToken === null && snapshot.needsConsoleToken) return;
    consoleToken = null;
    publish(true, sent !== null);
  },

  /** Forgets everything (tests; a reload does the same in the browser). */
  reset() {
    apiKey = null;
    consoleToken = null;
    publish(false, false);
  },
};

/** Re-renders the caller whenever the key or the token comes, goes or is asked for. */
export function useCredentials(): CredentialsSnapshot {
  return useSyncExternalStore(
    credentials.subscribe,
    credentials.getSnapshot,
    credentials.getSnapshot,
  );
}
