import { afterEach, describe, expect, it, vi } from 'vitest';
import { roleListSchema, roleSchema } from '../../shared/schemas/role';
import { sessionListSchema } from '../../shared/schemas/session';
import { HttpError } from '../http-error';
import { TolerantReader } from './tolerant-reader';

const role = (n: number) => ({
  id: `66666666-7777-4888-9999-${String(n).padStart(12, '0')}`,
  name: `Role ${n}`,
  description: '',
  role_type: 'assumable',
  max_session_duration: 3600,
  policies: [],
  date_created: '2026-11-22T10:00:00+00:00',
});
const page = (...roles: unknown[]) =>
  Buffer.from(
    JSON.stringify({ roles, meta: { total: roles.length, links: { next: '', prev: '' } } }),
  );
const session = {
  session_token: 'ars-full-token-that-live-vultr-may-list',
  role_id: role(1).id,
  user_id: role(2).id,
  oidc_issuer_id: '',
  session_name: 'ss',
  auth_method: 'api_key',
  remaining_duration: 10,
  conditions_met: ['schedule'],
  source_ip: '',
  assumed_at: '2026-11-22T10:00:00Z',
  expires_at: '2026-11-22T11:00:00Z',
};

const status = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    return error instanceof HttpError ? error.status : 'other';
  }
  return 'read';
};

afterEach(() => vi.restoreAllMocks());

describe('the tolerant reader remembers what it read', () => {
  it('reads the very same bytes once, and every other reply in full', () => {
    const reader = new TolerantReader();
    const check = vi.spyOn(roleListSchema, 'safeParse');
    const body = page(role(1), role(2));
    expect(reader.read('GET', '/v2/roles?per_page=2', body)).toEqual(body);
    expect(reader.read('GET', '/v2/roles?per_page=2', Buffer.from(body))).toEqual(body);
    expect(check).toHaveBeenCalledTimes(1);
    // One byte different: read again (and it fits).
    const changed = page(role(1), { ...role(2), name: 'Role X' });
    expect(reader.read('GET', '/v2/roles?per_page=2', changed)).toEqual(changed);
    expect(check).toHaveBeenCalledTimes(2);
  });

  it('never lets a remembered reading hide a reply that no longer fits', () => {
    const reader = new TolerantReader();
    reader.read('GET', '/v2/roles', page(role(1)));
    const bad = page({ ...role(1), id: 42 });
    expect(status(() => reader.read('GET', '/v2/roles', bad))).toBe(502);
    // A refused reply is not remembered: the same bytes are refused again.
    expect(status(() => reader.read('GET', '/v2/roles', bad))).toBe(502);
    expect(status(() => reader.read('GET', '/v2/roles', page(role(1))))).toBe('read');
  });

  it('gives a reshaped variant its reshaped form again', () => {
    const reader = new TolerantReader();
    const orgs = Buffer.from(
      JSON.stringify({
        orgs: [
          { id: role(9).id, name: 'Acme', type: 'business', date_created: role(9).date_created },
        ],
        meta: { total: 1, links: { next: '', prev: '' } },
      }),
    );
    const first = reader.read('GET', '/v2/organizations', orgs);
    const again = reader.read('GET', '/v2/organizations', Buffer.from(orgs));
    expect(JSON.parse(again.toString())).toMatchObject({ organizations: [{ name: 'Acme' }] });
    expect(again.equals(first)).toBe(true);
  });

  it('copies a reply that is a small view into a large buffer, and keeps only the copy', () => {
    const reader = new TolerantReader();
    const body = page(role(1));
    const large = Buffer.alloc(body.length + 64 * 1024, 0x20);
    body.copy(large, 1000);
    reader.read('GET', '/v2/roles', large.subarray(1000, 1000 + body.length));
    large.fill(0x20);
    // The kept copy still holds the reply: the same bytes again are not read again.
    const parse = vi.spyOn(JSON, 'parse');
    const again = reader.read('GET', '/v2/roles', Buffer.from(body));
    expect(parse).not.toHaveBeenCalled();
    expect(again).toEqual(body);
    expect(again.buffer.byteLength).toBeLessThan(body.length + 16 * 1024);
  });

  it('does not keep replies that may carry session tokens, nor writes', () => {
    const reader = new TolerantReader();
    const check = vi.spyOn(sessionListSchema, 'safeParse');
    const sessions = Buffer.from(
      JSON.stringify({ sessions: [session], meta: { total: 1, links: { next: '', prev: '' } } }),
    );
    reader.read('GET', `/v2/assumed-roles/users/${role(2).id}/sessions`, sessions);
    reader.read('GET', `/v2/assumed-roles/users/${role(2).id}/sessions`, sessions);
    reader.read('GET', '/v2/assumed-roles', sessions);
    expect(check).toHaveBeenCalledTimes(3);
    const created = Buffer.from(JSON.stringify(role(3)));
    reader.read('POST', '/v2/roles', created);
    reader.read('PUT', `/v2/roles/${role(3).id}`, created);
    expect(reader.size).toBe(0);
  });

  it('stays within its limits, forgetting the least recently used first', () => {
    const reader = new TolerantReader({ entries: 2, bytes: 10_000, largestReply: 1_000 });
    const check = vi.spyOn(roleSchema, 'safeParse');
    const one = Buffer.from(JSON.stringify({ role: role(1) }));
    const two = Buffer.from(JSON.stringify({ role: role(2) }));
    const three = Buffer.from(JSON.stringify({ role: role(3) }));
    reader.read('GET', `/v2/roles/${role(1).id}`, one);
    reader.read('GET', `/v2/roles/${role(2).id}`, two);
    reader.read('GET', `/v2/roles/${role(1).id}`, one); // 1 used again: 2 is now the oldest
    reader.read('GET', `/v2/roles/${role(3).id}`, three);
    expect(reader.size).toBe(2);
    check.mockClear();
    const readRole1 = vi.spyOn(JSON, 'parse');
    reader.read('GET', `/v2/roles/${role(1).id}`, one);
    expect(readRole1).not.toHaveBeenCalled();
    reader.read('GET', `/v2/roles/${role(2).id}`, two);
    expect(readRole1).toHaveBeenCalledTimes(1);

    const bytes = new TolerantReader({ entries: 100, bytes: one.length * 2, largestReply: 1_000 });
    bytes.read('GET', `/v2/roles/${role(1).id}`, one);
    bytes.read('GET', `/v2/roles/${role(2).id}`, two);
    bytes.read('GET', `/v2/roles/${role(3).id}`, three);
    expect(bytes.size).toBe(2);

    const small = new TolerantReader({ entries: 100, bytes: 10_000, largestReply: 10 });
    small.read('GET', `/v2/roles/${role(1).id}`, one);
    expect(small.size).toBe(0);
  });
});
