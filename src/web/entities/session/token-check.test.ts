import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkSessionToken, describeTokenCheck } from './token-check';

const TOKEN = 'ars-Zx8qLm3Np0Rt7VwYb2Cd5Fg9Hj1Kk4';

afterEach(() => vi.unstubAllGlobals());

function answer(status: number, body: unknown) {
  const fetchMock = vi.fn(
    async (_input: string, _init?: RequestInit) =>
      new Response(body === null ? '' : JSON.stringify(body), { status }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('checkSessionToken', () => {
  it('presents the token to the caller’s own groups, a read Vultr documents', async () => {
    const fetchMock = answer(200, {
      groups: [],
      meta: { total: 0, links: { next: '', prev: '' } },
    });
    expect(await checkSessionToken(TOKEN)).toEqual({ state: 'accepted' });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toMatch(/^\/api\/v2\/users\/me\/groups\b/);
    expect((init!.headers as Record<string, string>)['X-Vultr-Api-Key']).toBe(TOKEN);
  });

  it('counts a 403 as accepted and a 401 as refused', async () => {
    answer(403, { error: 'not allowed', status: 403 });
    expect(await checkSessionToken(TOKEN)).toEqual({ state: 'accepted' });
    answer(401, { message: 'Invalid API token.' });
    expect(await checkSessionToken(TOKEN)).toEqual({ state: 'refused', status: 401 });
  });

  it('says it cannot tell on anything else', async () => {
    answer(503, { error: 'down' });
    const check = await checkSessionToken(TOKEN);
    expect(check).toEqual({ state: 'unknown', status: 503, message: 'down' });
    expect(describeTokenCheck(check)).toBe('could not tell (HTTP 503: down)');
  });
});
