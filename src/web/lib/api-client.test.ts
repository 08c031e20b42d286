import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ROUTES } from '../../shared/api/routes';
import {
  ApiError,
  apiRequest,
  callApi,
  consoleHeaders,
  forbiddenInText,
  forbiddenMessage,
  forbiddenOf,
} from './api-client';
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

const ROLE_ID = '0b7f2c1e-6b1a-4c55-9d0e-3f3b7c2d9a11';

describe('callApi refused with 403', () => {
  it('names the action the route needs and the collection it acts on', async () => {
    stubFetch(403, {
      error: 'emil@acme-robotics.example is not authorized to perform iam.role.Create on *',
      status: 403,
    });
    credentials.setApiKey(KEY);
    const failure = callApi(ROUTES.createRole, { body: { name: 'x' } });
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({
      status: 403,
      message: 'Not allowed: your key lacks iam.role.Create on *.',
      forbidden: { action: 'iam.role.Create', resource: '*', credential: 'own-key' },
      upstreamMessage:
        'emil@acme-robotics.example is not authorized to perform iam.role.Create on *',
    });
  });

  it('names the resource the path gives, whatever the upstream says', async () => {
    // Live Vultr's wording is its own: the action and resource come from the contract.
    stubFetch(403, { message: 'Forbidden' });
    const failure = callApi(ROUTES.deleteRole, { params: { roleId: ROLE_ID } });
    await expect(failure).rejects.toMatchObject({
      message: `Not allowed: the console server's key lacks iam.role.Delete on ${ROLE_ID}.`,
      forbidden: { action: 'iam.role.Delete', resource: ROLE_ID, credential: 'server-key' },
    });
  });

  it('leaves a refusal of the assume route that is not about a missing action as it is', async () => {
    const said = 'not authorized to assume the role: no trust of the role names the caller';
    stubFetch(403, { error: said, status: 403 });
    const failure = callApi(ROUTES.assume, { body: { role_id: ROLE_ID } });
    await expect(failure).rejects.toMatchObject({ status: 403, message: said });
    expect(((await failure.catch((e: unknown) => e)) as ApiError).forbidden).toBeUndefined();
  });

  it('says so when the credential was a session token given for the request', async () => {
    stubFetch(403, { error: 'nope', status: 403 });
    const failure = callApi(ROUTES.listUsers, { apiKey: 'ars-abcdefghijklmnopqrstuvwxyz' });
    await expect(failure).rejects.toMatchObject({
      message: 'Not allowed: this session lacks iam.user.List on *. The API said: nope',
      forbidden: { credential: 'session' },
    });
  });

  it('takes the resource from the refusal for a route whose resource is in the body', async () => {
    stubFetch(403, {
      error: `blake@acme-robotics.example is not authorized to perform iam.role.AssumeRole on ${ROLE_ID}`,
      status: 403,
    });
    const failure = callApi(ROUTES.assume, { body: { role_id: ROLE_ID } });
    await expect(failure).rejects.toMatchObject({
      forbidden: { action: 'iam.role.AssumeRole', resource: ROLE_ID },
    });
  });

  it('leaves other refusals as the API worded them', async () => {
    stubFetch(403, { error: 'missing header X-Console-Request: 1', status: 403 });
    await expect(callApi(ROUTES.listRoles)).rejects.toMatchObject({
      message: 'missing header X-Console-Request: 1',
      forbidden: undefined,
    });
    stubFetch(403, { error: 'not yours', status: 403 });
    // A route any caller may use has no action to name.
    await expect(callApi(ROUTES.myGroups)).rejects.toMatchObject({
      message: 'not yours',
      forbidden: undefined,
    });
    stubFetch(404, { error: 'Role not found', status: 404 });
    await expect(callApi(ROUTES.readRole, { params: { roleId: ROLE_ID } })).rejects.toMatchObject({
      status: 404,
      message: 'Role not found',
      forbidden: undefined,
    });
  });
});

describe('forbidden in words', () => {
  it('reads the refusal back from its sentence, also inside a longer notice', () => {
    const f = { action: 'iam.role.Delete', resource: ROLE_ID, credential: 'own-key' } as const;
    expect(forbiddenInText(`Could not delete role Dev: ${forbiddenMessage(f)}`)).toEqual(f);
    const star = { action: 'iam.user.List', resource: '*', credential: 'server-key' } as const;
    expect(forbiddenInText(forbiddenMessage(star))).toEqual(star);
    expect(forbiddenInText('Role not found')).toBeNull();
  });

  it('reads it from an error, or finds none', () => {
    const f = { action: 'iam.group.Read', resource: '*', credential: 'session' } as const;
    expect(forbiddenOf(new ApiError(403, forbiddenMessage(f), undefined, undefined, f))).toBe(f);
    expect(forbiddenOf(new Error(`Step 2 failed: ${forbiddenMessage(f)}`))).toEqual(f);
    expect(forbiddenOf(new ApiError(500, 'boom'))).toBeNull();
    expect(forbiddenOf('text')).toBeNull();
  });
});
