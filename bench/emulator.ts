// Latency of the emulator's role list and create with 10,000 roles in the store.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { startTestServer } from '../src/server/testing/test-support';
import { storedTime } from '../src/server/emulator/store/time';
import { printRow, timeEach } from './stats';

const ROLES = 10_000;

function fillRoles(server: Awaited<ReturnType<typeof startTestServer>>) {
  const db = server.store.db;
  const org = db.prepare('SELECT id FROM organizations').pluck().get() as string;
  const owner = db.prepare('SELECT id FROM users WHERE is_owner = 1').pluck().get() as string;
  const policies = db.prepare('SELECT id FROM policies').pluck().all() as string[];
  const insertRole = db.prepare(
    `INSERT INTO roles (id, org_id, name, description, role_type, max_session_duration, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const attach = db.prepare(
    'INSERT INTO role_policies (role_id, policy_id, assigned_at, assigned_by) VALUES (?, ?, ?, ?)',
  );
  const start = Date.parse('2026-01-01T00:00:00Z');
  db.transaction(() => {
    for (let i = 0; i < ROLES; i++) {
      const id = randomUUID();
      const at = storedTime(new Date(start + i * 1000));
      insertRole.run(
        id,
        org,
        `bench-role-${i}`,
        `Benchmark role number ${i}`,
        i % 2 ? 'assumable' : 'assignable',
        3600,
        at,
        owner,
      );
      attach.run(id, policies[i % policies.length], at, owner);
      attach.run(id, policies[(i + 3) % policies.length], at, owner);
    }
  })();
}

async function cursorOfPage(get: (path: string) => Promise<string>, page: number): Promise<string> {
  let cursor = '';
  for (let i = 0; i < page; i++) {
    const body = JSON.parse(
      await get(`/v2/roles?per_page=100${cursor ? `&cursor=${cursor}` : ''}`),
    ) as {
      meta: { links: { next: string } };
    };
    cursor = body.meta.links.next;
  }
  return cursor;
}

export async function benchEmulator() {
  const server = await startTestServer();
  fillRoles(server);
  const auth = { authorization: `Bearer ${server.ownerKey}` };
  const app: FastifyInstance = server.app;
  const inject = async (path: string) =>
    (await app.inject({ method: 'GET', url: path, headers: auth })).body;
  const http = async (path: string) =>
    (await fetch(server.baseUrl + path, { headers: auth })).text();
  const middle = await cursorOfPage(inject, 50);
  const firstPath = '/v2/roles?per_page=100';
  const middlePath = `/v2/roles?per_page=100&cursor=${middle}`;

  process.stdout.write(
    `\nEmulator, ${ROLES.toLocaleString('en')} roles in the store (2 policies each)\n`,
  );
  for (const [label, fn] of [
    ['in-process', inject],
    ['HTTP loopback', http],
  ] as const) {
    await timeEach(50, () => fn(firstPath).then(() => undefined)); // warm up
    printRow(
      `GET /v2/roles?per_page=100, first page (${label})`,
      await timeEach(500, () => fn(firstPath).then(() => undefined)),
    );
    printRow(
      `GET /v2/roles?per_page=100, page 51 (${label})`,
      await timeEach(500, () => fn(middlePath).then(() => undefined)),
    );
  }
  let n = 0;
  printRow(
    'POST /v2/roles (in-process, each durable before the reply)',
    await timeEach(500, async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/v2/roles',
        headers: { ...auth, 'content-type': 'application/json' },
        payload: { name: `bench-new-${n++}`, role_type: 'assignable' },
      });
      if (res.statusCode !== 201) throw new Error(res.body);
    }),
  );
  await server.close();
}
