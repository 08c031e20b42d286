import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleListSchema, roleReadSchema } from '../../../shared/schemas/role';
import { errorBodySchema } from '../../../shared/schemas/common';
import { encodeCursor } from '../store/pagination';
import { startTestServer } from '../../testing/test-support';
import type { TestServer } from '../../testing/test-support';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe('GET /v2/roles', () => {
  it('answers 401 with the error shape without a Bearer token', async () => {
    const res = await server.v2('GET', '/v2/roles', { token: null });
    expect(res.status).toBe(401);
    expect(errorBodySchema.parse(res.json)).toEqual({ error: expect.any(String), status: 401 });
  });

  it('answers 401 for an unknown token', async () => {
    const res = await server.v2('GET', '/v2/roles', { token: 'NOT-A-REAL-KEY' });
    expect(res.status).toBe(401);
    expect(res.json).toEqual({ error: 'Invalid API token.', status: 401 });
  });

  it('lists the seeded roles in the list envelope', async () => {
    const res = await server.v2('GET', '/v2/roles');
    expect(res.status).toBe(200);
    const list = roleListSchema.parse(res.json);
    expect(list.roles.length).toBeGreaterThanOrEqual(5);
    expect(list.meta.total).toBe(list.roles.length);
    expect(list.meta.links).toEqual({ next: '', prev: '' });
    expect(new Set(list.roles.map((r) => r.role_type))).toEqual(
      new Set(['assignable', 'assumable']),
    );
    const developer = list.roles.find((r) => r.name === 'Developer');
    expect(developer?.policies.map((p) => p.name)).toEqual(
      expect.arrayContaining(['ReadOnlyAccess', 'KubernetesDeployer']),
    );
    expect(developer?.date_created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/);
  });

  it('pages forward and back with per_page and cursor, in creation order', async () => {
    const all = roleListSchema.parse((await server.v2('GET', '/v2/roles')).json).roles;
    const seen: string[] = [];
    const cursors: string[] = [];
    let cursor = '';
    for (let page = 0; page < 20; page++) {
      const res = await server.v2(
        'GET',
        `/v2/roles?per_page=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(res.status).toBe(200);
      const list = roleListSchema.parse(res.json);
      expect(list.roles.length).toBeLessThanOrEqual(2);
      expect(list.meta.total).toBe(all.length);
      if (page === 0) expect(list.meta.links.prev).toBe('');
      else expect(list.meta.links.prev).not.toBe('');
      seen.push(...list.roles.map((r) => r.id));
      cursors.push(list.meta.links.prev);
      cursor = list.meta.links.next;
      if (!cursor) break;
    }
    expect(seen).toEqual(all.map((r) => r.id));

    // The prev link of the last page leads back to the page before it.
    const lastPrev = cursors[cursors.length - 1]!;
    const back = roleListSchema.parse(
      (await server.v2('GET', `/v2/roles?per_page=2&cursor=${encodeURIComponent(lastPrev)}`)).json,
    );
    const pages = Math.ceil(all.length / 2);
    const expected = all.slice((pages - 2) * 2, (pages - 1) * 2).map((r) => r.id);
    expect(back.roles.map((r) => r.id)).toEqual(expected);
  });

  it.each([
    ['per_page=0', 'per_page must be between 1 and 500'],
    ['per_page=501', 'per_page must be between 1 and 500'],
    ['per_page=abc', 'per_page must be an integer'],
    ['per_page=2.5', 'per_page must be an integer'],
    ['cursor=%%%', 'cursor is not a valid cursor'],
    ['cursor=bm90LWpzb24', 'cursor is not a valid cursor'],
  ])('rejects %s with 400', async (query, message) => {
    const res = await server.v2('GET', `/v2/roles?${query}`);
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ error: message, status: 400 });
  });

  it('rejects a cursor that belongs to another list', async () => {
    const foreign = encodeCursor({
      l: 'policies',
      t: '2026-01-01T00:00:00.000Z',
      i: '00000000-0000-4000-8000-000000000000',
      d: 'n',
    });
    const res = await server.v2('GET', `/v2/roles?cursor=${foreign}`);
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ error: 'cursor belongs to another list', status: 400 });
  });
});

describe('GET /v2/roles/{id}', () => {
  it('reads one role wrapped as {"role": ...}', async () => {
    const list = roleListSchema.parse((await server.v2('GET', '/v2/roles')).json);
    const first = list.roles[0]!;
    const res = await server.v2('GET', `/v2/roles/${first.id}`);
    expect(res.status).toBe(200);
    expect(roleReadSchema.parse(res.json).role).toEqual(first);
  });

  it.each([
    ['an unknown id', '3b0c8f1e-7a53-4e0b-9d7e-0c1f2a3b4c5d'],
    ['a malformed id', 'not-a-uuid'],
  ])('answers 404 "Role not found" for %s', async (_label, id) => {
    const res = await server.v2('GET', `/v2/roles/${id}`);
    expect(res.status).toBe(404);
    expect(res.json).toEqual({ error: 'Role not found', status: 404 });
  });
});

describe('GET /v2/organizations', () => {
  it('lists the caller organization first', async () => {
    const res = await server.v2('GET', '/v2/organizations');
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      organizations: [{ name: 'Acme Robotics', type: 'business' }],
      meta: { total: 1, links: { next: '', prev: '' } },
    });
  });
});

describe('unknown /v2 routes', () => {
  it('answers 404 JSON, never HTML', async () => {
    const res = await server.v2('GET', '/v2/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.json).toEqual({ error: 'Not found', status: 404 });
  });
});
