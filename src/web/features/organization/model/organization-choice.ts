import { useSyncExternalStore } from 'react';

/**
 * A key may belong to several organizations, and nothing Vultr sends says which one it acts in:
 * the person picks one. The choice is kept for the tab in sessionStorage (an organization id is
 * not a secret), and only once a choice has been made.
 */
const STORAGE_KEY = 'vultr-iam-console.organization';

/** The organization in use: the one chosen if it is still listed, else the first. */
export function chooseOrganization<T extends { id: string }>(
  organizations: readonly T[],
  chosenId: string | null,
): T | null {
  return organizations.find((o) => o.id === chosenId) ?? organizations[0] ?? null;
}

export interface ChoiceStore {
  get(): string | null;
  set(id: string): void;
  subscribe(listener: () => void): () => void;
}

/** A store over any Storage (sessionStorage in the browser), telling subscribers of changes. */
export function createChoiceStore(storage: () => Storage | null): ChoiceStore {
  const listeners = new Set<() => void>();
  let memory: string | null = null;
  return {
    get() {
      try {
        return storage()?.getItem(STORAGE_KEY) ?? memory;
      } catch {
        return memory;
      }
    },
    set(id) {
      memory = id;
      try {
        storage()?.setItem(STORAGE_KEY, id);
      } catch {
        // Storage refused (private mode, quota): the choice lasts as long as the page.
      }
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

export const organizationChoice = createChoiceStore(() =>
  typeof window === 'undefined' ? null : window.sessionStorage,
);

/** The id of the organization chosen in this tab, or null when none has been chosen. */
export function useOrganizationChoice(): string | null {
  return useSyncExternalStore(
    organizationChoice.subscribe,
    organizationChoice.get,
    organizationChoice.get,
  );
}
