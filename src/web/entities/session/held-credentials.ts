import { useSyncExternalStore } from 'react';
import type { StsProxyRequest, StsProxyResponse } from '../../../shared/schemas/sts';

/** The credentials this tab obtained, with the request that got them (to renew it). */
export interface HeldSession {
  request: StsProxyRequest;
  response: StsProxyResponse;
  /** The role's name when the page knows it (profile names, headings). */
  roleName: string | undefined;
  /** When the credentials arrived, by this browser's clock (Renew before expiry counts from it). */
  receivedAt: number;
}

export interface HeldState {
  current: HeldSession | null;
  /** Every session token obtained in this tab, newest first: to check one after terminating it. */
  tokens: readonly string[];
  /** Tokens of this tab that were terminated, with when (this browser's clock, in ms). */
  revoked: Readonly<Record<string, number>>;
}

const EMPTY: HeldState = { current: null, tokens: [], revoked: {} };

/**
 * Temporary credentials live here and nowhere else: module memory, gone when the tab closes or
 * on Clear — never localStorage, sessionStorage, IndexedDB, the URL or a persisted query cache.
 */
export function createHeldCredentials() {
  let state: HeldState = EMPTY;
  const listeners = new Set<() => void>();
  const publish = (next: HeldState) => {
    state = next;
    for (const listener of [...listeners]) listener();
  };
  return {
    getSnapshot: (): HeldState => state,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    hold(session: HeldSession) {
      const token = session.response.credentials.session_token;
      publish({
        ...state,
        current: session,
        tokens: [token, ...state.tokens.filter((t) => t !== token)],
      });
    },
    /** Forgets every credential this tab holds. */
    clear() {
      publish(EMPTY);
    },
    /**
     * Notes that a token of this tab was terminated (from the Sessions page or a role's page), so
     * what shows it can say the credentials no longer work. A token this tab never held is not
     * remembered.
     */
    markRevoked(token: string, at: number = Date.now()) {
      if (!state.tokens.includes(token) || token in state.revoked) return;
      publish({ ...state, revoked: { ...state.revoked, [token]: at } });
    },
    /** When a token of this tab was terminated, or null while it has not been. */
    revokedAt(token: string): number | null {
      return state.revoked[token] ?? null;
    },
    /**
     * The full token of a listed session, when this tab holds it. Vultr lists each session with
     * its whole token, so the match is on the whole token; a list that shows only the token's end
     * matches nothing.
     */
    tokenOf(session: { session_token: string }): string | null {
      return state.tokens.find((t) => t === session.session_token) ?? null;
    },
  };
}

export const heldCredentials = createHeldCredentials();

export function useHeldCredentials(): HeldState {
  return useSyncExternalStore(
    heldCredentials.subscribe,
    heldCredentials.getSnapshot,
    heldCredentials.getSnapshot,
  );
}
