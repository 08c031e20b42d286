import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError, apiRequest, consoleHeaders } from './api-client';
import { credentials } from './credentials';

const KEY = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

afterEach(() => {
  credentials.reset();
  vi.unstubAllGlobals();
});

describe('consoleHeaders', () => {
  it('always marks the request as the console’s own', () => {
    expect(consoleHeaders('/api/v2/roles', { apiKey: null, consoleToken: null })).toEqual({
      'X-Console-Request': '1',
    });
  });

  it('adds the user key and the console token on /api requests', () => {
    expect(consoleHeaders('/api/v2/roles', { apiKey: KEY, consoleToken: 'tok' })).toEqual({
      'X-Console-Request': '1',
      'X-Vultr-Api-Key': KEY,
      'X-Console-Token': 'tok',
    });
    expect(consoleHeaders('/api/sts', { apiKey: null, consoleToken: 'tok' })).toEqual({
      'X-Console-Request': '1',
      'X-Console-Token': 'tok',
    });
  });

  it('keeps the secrets off every other path', () => {
    for (const path of ['/healthz', '/v2/roles', '/apiary', '/oidc/dev/token']) {
      expect(consoleHeaders(path, { apiKey: KEY, consoleToken: 'tok' })).toEqual({
        'X-Console-Request': '1',
      });
    }
  });
});

function stubFetch(status: number, body: unknown) {
  const fetchMock = vi.fn(
    async (_input: string, _init?: RequestInit) =>
      new Response(JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json' },
      }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('apiRequest', () => {
  it('sends the credentials the store holds at the time of the request', async () => {
    const fetchMock = stubFetch(200, { ok: true });
    credentials.setApiKey(KEY);
    await apiRequest('/api/v2/roles', z.object({ ok: z.boolean() }));
    const headers = fetchMock.mock.calls[0]![1]!.headers as Record<string, string>;
    expect(headers['X-Vultr-Api-Key']).toBe(KEY);
    expect(headers['X-Console-Token']).toBeUndefined();
  });

  it('turns "console token required" into a request for the token', async () => {
    stubFetch(401, { error: 'console token required', status: 401 });
    const failure = apiRequest('/api/v2/roles', z.unknown());
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({
      status: 401,
      message: 'console token required',
    });
    expect(credentials.getSnapshot().needsConsoleToken).toBe(true);
  });

  it('does not ask for the token when the upstream refuses the user key', async () => {
    stubFetch(401, { error: 'Invalid API token.', status: 401 });
    credentials.setApiKey(KEY);
    const failure = apiRequest('/api/v2/roles', z.unknown());
    await expect(failure).rejects.toMatchObject({ status: 401, message: 'Invalid API token.' });
    await failure.catch((error: unknown) => {
      expect(String(error)).not.toContain(KEY);
    });
    expect(credentials.getSnapshot().needsConsoleToken).toBe(false);
    expect(credentials.apiKey()).toBe(KEY);
  });
});
