import { describe, expect, it, vi } from 'vitest';
import { chooseOrganization, createChoiceStore } from './organization-choice';

const acme = { id: 'org-acme', name: 'Acme' };
const beta = { id: 'org-beta', name: 'Beta' };

describe('chooseOrganization', () => {
  it('takes the chosen organization while it is listed, else the first', () => {
    expect(chooseOrganization([acme, beta], 'org-beta')).toBe(beta);
    expect(chooseOrganization([acme, beta], null)).toBe(acme);
    expect(chooseOrganization([acme, beta], 'org-gone')).toBe(acme);
    expect(chooseOrganization([], 'org-beta')).toBeNull();
  });
});

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, v),
  };
}

describe('createChoiceStore', () => {
  it('writes nothing until a choice is made, then keeps it and tells subscribers', () => {
    const storage = memoryStorage();
    const store = createChoiceStore(() => storage);
    const listener = vi.fn();
    store.subscribe(listener);
    expect(store.get()).toBeNull();
    expect(storage.length).toBe(0);

    store.set('org-beta');
    expect(store.get()).toBe('org-beta');
    expect(createChoiceStore(() => storage).get()).toBe('org-beta');
    expect(listener).toHaveBeenCalledOnce();
  });

  it('keeps the choice in memory when storage refuses it', () => {
    const refusing = memoryStorage();
    refusing.setItem = () => {
      throw new Error('quota');
    };
    const store = createChoiceStore(() => refusing);
    store.set('org-acme');
    expect(store.get()).toBe('org-acme');
  });
});
