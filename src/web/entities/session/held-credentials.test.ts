import { describe, expect, it } from 'vitest';
import type { StsProxyResponse } from '../../../shared/schemas/sts';
import { createHeldCredentials } from './held-credentials';

const reply = (token: string): StsProxyResponse => ({
  action: 'AssumeRole',
  credentials: {
    access_key_id: 'AKID',
    secret_access_key: 'secret',
    session_token: token,
    expiration: '2026-01-01T00:00:00Z',
  },
  assumed_role_user: { arn: 'arn', assumed_role_id: 'id' },
  request_id: 'req',
  raw_xml: '<x/>',
});
const request = { action: 'AssumeRole' as const, role_id: 'r', session_name: 'ab' };

describe('held credentials', () => {
  it('holds the newest session and remembers every token of the tab until Clear', () => {
    const store = createHeldCredentials();
    let changes = 0;
    const stop = store.subscribe(() => changes++);
    store.hold({
      request,
      response: reply('ars-first-token-aaaaaa'),
      roleName: 'A',
      receivedAt: 1,
    });
    store.hold({
      request,
      response: reply('ars-second-token-bbbbbb'),
      roleName: 'B',
      receivedAt: 2,
    });
    expect(store.getSnapshot().current?.roleName).toBe('B');
    expect(store.getSnapshot().tokens).toEqual([
      'ars-second-token-bbbbbb',
      'ars-first-token-aaaaaa',
    ]);
    expect(store.tokenOf({ session_token: 'ars-first-token-aaaaaa' })).toBe(
      'ars-first-token-aaaaaa',
    );
    expect(store.tokenOf({ session_token: 'ars-second-token-bbbbbb' })).toBe(
      'ars-second-token-bbbbbb',
    );
    // Only the whole token identifies a session: a masked list entry matches nothing.
    expect(store.tokenOf({ session_token: 'ars-…aaaaaa' })).toBeNull();
    expect(store.tokenOf({ session_token: 'ars-…cccccc' })).toBeNull();
    store.clear();
    expect(store.getSnapshot()).toEqual({ current: null, tokens: [], revoked: {} });
    expect(store.tokenOf({ session_token: 'ars-first-token-aaaaaa' })).toBeNull();
    expect(changes).toBe(3);
    stop();
  });

  it('remembers which of its tokens were terminated, and when, until Clear', () => {
    const store = createHeldCredentials();
    const token = 'ars-held-token-aaaaaa';
    store.hold({ request, response: reply(token), roleName: 'A', receivedAt: 1 });
    expect(store.revokedAt(token)).toBeNull();
    let changes = 0;
    store.subscribe(() => changes++);

    store.markRevoked(token, 1234);
    expect(store.revokedAt(token)).toBe(1234);
    expect(store.getSnapshot().revoked).toEqual({ [token]: 1234 });
    // The first time counts; a token the tab never held is not remembered.
    store.markRevoked(token, 9999);
    store.markRevoked('ars-someone-elses-token', 1);
    expect(store.revokedAt(token)).toBe(1234);
    expect(store.revokedAt('ars-someone-elses-token')).toBeNull();
    expect(changes).toBe(1);

    // New credentials do not make the old token work again.
    store.hold({
      request,
      response: reply('ars-newer-token-bbbbbb'),
      roleName: 'A',
      receivedAt: 2,
    });
    expect(store.revokedAt(token)).toBe(1234);
    expect(store.revokedAt('ars-newer-token-bbbbbb')).toBeNull();

    store.clear();
    expect(store.revokedAt(token)).toBeNull();
  });
});
