import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Session } from '../../../shared/schemas/session';
import { FIXTURE_ROLE, sessionFixture } from './session.fixture';
import { heldCredentials } from './held-credentials';
import { terminateSession } from './use-terminate-session';

const ROLE = FIXTURE_ROLE;
const HELD = 'ars-held-by-this-tab-0123456789';
const OTHER = 'ars-someone-else-9876543210abcd';

const session = (token: string, name: string, id = ''): Session =>
  sessionFixture({ id, session_token: token, session_name: name });

/** The console's /api/v2: the delete, then the token presented again (refused). */
function answer(deleteStatus = 204) {
  const fetchMock = vi.fn(async (input: string, init?: RequestInit) => {
    if (init?.method === 'DELETE') {
      return deleteStatus === 204
        ? new Response(null, { status: 204 })
        : new Response(JSON.stringify({ error: 'not found', status: deleteStatus }), {
            status: deleteStatus,
          });
    }
    if (input.startsWith('/api/v2/users/me/groups')) {
      return new Response(JSON.stringify({ message: 'Invalid API token.' }), { status: 401 });
    }
    throw new Error(`unexpected ${init?.method ?? 'GET'} ${input}`);
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function holdToken(token: string) {
  heldCredentials.hold({
    request: { action: 'AssumeRole', role_id: ROLE, session_name: 'mine' },
    response: {
      action: 'AssumeRole',
      credentials: {
        access_key_id: 'AKID',
        secret_access_key: 'secret',
        session_token: token,
        expiration: '2026-11-22T16:00:00Z',
      },
      assumed_role_user: { arn: 'arn', assumed_role_id: 'id' },
      request_id: 'req',
      raw_xml: '<x/>',
    },
    roleName: 'Deployer',
    receivedAt: 1,
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  heldCredentials.clear();
});

describe('terminateSession', () => {
  it('marks the credentials this tab holds revoked, whichever page terminates them', async () => {
    holdToken(HELD);
    const fetchMock = answer();
    // A role's page: no second look at the token.
    expect(await terminateSession(session(HELD, 'mine'))).toEqual({
      session: session(HELD, 'mine'),
      check: null,
    });
    expect(heldCredentials.revokedAt(HELD)).not.toBeNull();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0]![0]).toBe(`/api/v2/assumed-roles/${HELD}`);
  });

  it('presents the token again when asked (the Sessions page)', async () => {
    answer();
    const done = await terminateSession(session(OTHER, 'theirs'), { checkToken: true });
    expect(done.check).toEqual({ state: 'refused', status: 401 });
    // A token this tab never held is not remembered as revoked.
    expect(heldCredentials.revokedAt(OTHER)).toBeNull();
  });

  it('addresses a masked session by the token this tab holds, else by its id', async () => {
    const fetchMock = answer();
    const masked = session(`ars-…${HELD.slice(-6)}`, 'masked', 'emulator-id');
    await terminateSession(masked);
    expect(fetchMock.mock.calls[0]![0]).toBe('/api/v2/assumed-roles/emulator-id');
    await expect(terminateSession({ ...masked, id: '' })).rejects.toThrow(
      /this tab does not hold it/,
    );
  });

  it('keeps the credentials usable when the API refuses the delete', async () => {
    holdToken(HELD);
    answer(404);
    await expect(terminateSession(session(HELD, 'mine'))).rejects.toThrow();
    expect(heldCredentials.revokedAt(HELD)).toBeNull();
  });
});
