import { afterEach, describe, expect, it, vi } from 'vitest';
import { credentials, secretProblem } from './credentials';

const KEY = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

afterEach(() => credentials.reset());

describe('credentials store', () => {
  it('starts empty', () => {
    expect(credentials.getSnapshot()).toEqual({
      hasApiKey: false,
      hasConsoleToken: false,
      needsConsoleToken: false,
      consoleTokenRefused: false,
    });
    expect(credentials.apiKey()).toBeNull();
    expect(credentials.consoleToken()).toBeNull();
  });

  it('sets and clears the user key, notifying subscribers each time', () => {
    const listener = vi.fn();
    const unsubscribe = credentials.subscribe(listener);
    credentials.setApiKey(`  ${KEY}\n`);
    expect(credentials.apiKey()).toBe(KEY);
    expect(credentials.getSnapshot().hasApiKey).toBe(true);
    credentials.clearApiKey();
    expect(credentials.apiKey()).toBeNull();
    expect(credentials.getSnapshot().hasApiKey).toBe(false);
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    credentials.setApiKey(KEY);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('keeps the snapshot stable between changes and free of secrets', () => {
    credentials.setApiKey(KEY);
    credentials.setConsoleToken('token-123');
    const snapshot = credentials.getSnapshot();
    expect(credentials.getSnapshot()).toBe(snapshot);
    expect(JSON.stringify(snapshot)).not.toContain(KEY);
    expect(JSON.stringify(snapshot)).not.toContain('token-123');
    credentials.clearApiKey();
    expect(credentials.getSnapshot()).not.toBe(snapshot);
  });

  it('does not notify when clearing a key that is not set', () => {
    const listener = vi.fn();
    const unsubscribe = credentials.subscribe(listener);
    credentials.clearApiKey();
    expect(listener).not.toHaveBeenCalled();
    unsubscribe();
  });

  it('refuses unusable keys without echoing them', () => {
    const secret = 'my secret key';
    expect(() => credentials.setApiKey(secret)).toThrow(
      'The API key may contain only visible ASCII characters, no spaces',
    );
    try {
      credentials.setApiKey(secret);
    } catch (error) {
      expect((error as Error).message).not.toContain(secret);
    }
    expect(() => credentials.setApiKey('   ')).toThrow('The API key is required');
    expect(() => credentials.setConsoleToken('tök€n')).toThrow(/console token may contain only/);
    expect(credentials.apiKey()).toBeNull();
    expect(credentials.consoleToken()).toBeNull();
  });

  it('names the rule a pasted secret breaks', () => {
    expect(secretProblem(KEY)).toBeNull();
    expect(secretProblem('')).toBe('is required');
    expect(secretProblem('a'.repeat(513))).toBe('must be at most 512 characters');
    expect(secretProblem('a\r\nX-Evil: 1')).toMatch(/visible ASCII/);
  });

  it('asks for the console token when the server refuses a request without one', () => {
    credentials.consoleTokenRejected(null);
    expect(credentials.getSnapshot()).toMatchObject({
      needsConsoleToken: true,
      consoleTokenRefused: false,
    });
    credentials.setConsoleToken('token-123');
    expect(credentials.getSnapshot()).toMatchObject({
      hasConsoleToken: true,
      needsConsoleToken: false,
    });
    expect(credentials.consoleToken()).toBe('token-123');
  });

  it('forgets a rejected token and asks again', () => {
    credentials.setConsoleToken('wrong');
    credentials.consoleTokenRejected('wrong');
    expect(credentials.consoleToken()).toBeNull();
    expect(credentials.getSnapshot()).toMatchObject({
      hasConsoleToken: false,
      needsConsoleToken: true,
      consoleTokenRefused: true,
    });
    credentials.setConsoleToken('right');
    expect(credentials.getSnapshot().consoleTokenRefused).toBe(false);
  });

  it('ignores a refusal of an older token once a newer one is in place', () => {
    credentials.setConsoleToken('newer');
    credentials.consoleTokenRejected(null);
    credentials.consoleTokenRejected('older');
    expect(credentials.consoleToken()).toBe('newer');
    expect(credentials.getSnapshot().needsConsoleToken).toBe(false);
  });

  it('notifies once however many requests are refused together', () => {
    const listener = vi.fn();
    const unsubscribe = credentials.subscribe(listener);
    for (let i = 0; i < 5; i++) credentials.consoleTokenRejected(null);
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
  });

  it('keeps the user key while the console token comes and goes', () => {
    credentials.setApiKey(KEY);
    credentials.consoleTokenRejected(null);
    credentials.setConsoleToken('token-123');
    expect(credentials.apiKey()).toBe(KEY);
  });
});
