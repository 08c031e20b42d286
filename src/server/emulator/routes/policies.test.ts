import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../../shared/schemas/common';
import {
  POLICY_VERSION,
  policyGroupAttachmentSchema,
  policyGroupListSchema,
  policyListSchema,
  policyReadSchema,
  policySchema,
  policyUserAttachmentSchema,
  policyUserListSchema,
} from '../../../shared/schemas/policy';
import type { Policy } from '../../../shared/schemas/policy';
import { roleReadSchema } from '../../../shared/schemas/role';
import {
  MISSING_IDS,
  createPolicy as createPolicyIn,
  expectError,
  insertOutsider,
  itRefusesWithoutToken,
  ownerIdOf,
  readOk,
} from '../../testing/api-kit';
import { useTestServer } from '../../testing/test-support';

const server = useTestServer();
let ownerId: string;
beforeAll(() => {
  ownerId = ownerIdOf(server);
});

function sql<T>(query: string, ...params: unknown[]): T {
  return server.store.db
    .prepare(query)
    .pluck()
    .get(...params) as T;
}

const userId = (name: string) => sql<string>('SELECT id FROM users WHERE name = ?', name);
const groupId = (name: string) => sql<string>('SELECT id FROM groups WHERE display_name = ?', name);

async function allPolicies(): Promise<Policy[]> {
  return policyListSchema.parse((await server.v2('GET', '/v2/policies')).json).policies;
}
async function policyNamed(name: string): Promise<Policy> {
  const found = (await allPolicies()).find((p) => p.name === name);
  if (!found) throw new Error(`no policy ${name}`);
  return found;
}

let serial = 0;
/** Creates a policy a second after the previous one, so creation order is list order. */
async function createPolicy(body: Record<string, unknown> = {}): Promise<Policy> {
  serial++;
  server.clock.advance(1000);
  return createPolicyIn(server, {
    name: `Test policy ${serial}`,
    policy_document: {
      Statement: [{ Effect: 'Allow', Action: 'compute.instance.List', Resource: '*' }],
    },
    ...body,
  });
}

/** Attaches each user or group, a second apart, checking each 201 record. */
async function attachEach(policy: Policy, kind: 'user' | 'group', names: string[]) {
  const schema = kind === 'user' ? policyUserAttachmentSchema : policyGroupAttachmentSchema;
  for (const name of names) {
    server.clock.advance(1000);
    const id = kind === 'user' ? userId(name) : groupId(name);
    const res = await server.v2('POST', `/v2/policies/${policy.id}/${kind}s/${id}`);
    expect(res.status).toBe(201);
    expect(schema.parse(res.json)).toEqual({
      policy_id: policy.id,
      policy_name: policy.name,
      [`${kind}_id`]: id,
      [`${kind}_name`]: name,
      date_assigned: server.clock.now().toISOString().slice(0, 19) + '+00:00',
      assigned_by: ownerId,
    });
  }
}

/** Follows links.next to the end with the given page size; checks prev on the way. */
async function walk<T>(
  path: string,
  perPage: number,
  items: (json: unknown) => { rows: T[]; next: string; prev: string; total: number },
): Promise<{ rows: T[]; prevs: string[]; total: number }> {
  const rows: T[] = [];
  const prevs: string[] = [];
  let cursor = '';
  let total = -1;
  for (let page = 0; page < 50; page++) {
    const sep = path.includes('?') ? '&' : '?';
    const res = await server.v2(
      'GET',
      `${path}${sep}per_page=${perPage}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    expect(res.status).toBe(200);
    const page_ = items(res.json);
    expect(page_.rows.length).toBeLessThanOrEqual(perPage);
    if (page === 0) expect(page_.prev).toBe('');
    else expect(page_.prev).not.toBe('');
    total = page_.total;
    rows.push(...page_.rows);
    prevs.push(page_.prev);
    cursor = page_.next;
    if (!cursor) break;
  }
  return { rows, prevs, total };
}

const DOC = {
  Statement: [{ Effect: 'Allow', Action: ['compute.instance.List'], Resource: ['*'] }],
};

describe('auth', () => {
  itRefusesWithoutToken(server, [
    ['GET', '/v2/policies'],
    ['POST', '/v2/policies'],
    ['GET', `/v2/policies/${randomUUID()}/users`],
  ]);
});

describe('GET /v2/policies', () => {
  it('lists the seeded policies, system ones flagged, documents with array Action/Resource', async () => {
    const list = await readOk(server, '/v2/policies', (json) => policyListSchema.parse(json));
    expect(list.meta).toEqual({ total: list.policies.length, links: { next: '', prev: '' } });
    const admin = list.policies.find((p) => p.name === 'AdministratorAccess');
    expect(admin).toMatchObject({
      is_system_policy: true,
      version: POLICY_VERSION,
      policy_document: {
        Version: POLICY_VERSION,
        Statement: [{ Effect: 'Allow', Action: ['*'], Resource: ['*'] }],
      },
    });
    expect(list.policies.find((p) => p.name === 'ComputeOperator')?.is_system_policy).toBe(false);
    expect(admin?.date_created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/);
  });

  it('pages forward with per_page=1 and per_page=2, and back with prev', async () => {
    const all = await allPolicies();
    for (const perPage of [1, 2]) {
      const { rows, prevs, total } = await walk('/v2/policies', perPage, (json) => {
        const l = policyListSchema.parse(json);
        return { rows: l.policies, ...l.meta.links, total: l.meta.total };
      });
      expect(total).toBe(all.length);
      expect(rows.map((p) => p.id)).toEqual(all.map((p) => p.id));
      // The last page's prev leads to the page before it.
      const back = policyListSchema.parse(
        (
          await server.v2(
            'GET',
            `/v2/policies?per_page=${perPage}&cursor=${encodeURIComponent(prevs.at(-1)!)}`,
          )
        ).json,
      );
      const pages = Math.ceil(all.length / perPage);
      expect(back.policies.map((p) => p.id)).toEqual(
        all.slice((pages - 2) * perPage, (pages - 1) * perPage).map((p) => p.id),
      );
    }
  });

  it.each([
    ['per_page=0', 'per_page must be between 1 and 500'],
    ['per_page=x', 'per_page must be an integer'],
    ['cursor=nope', 'cursor is not a valid cursor'],
  ])('rejects %s with 400', async (query, error) => {
    const res = await server.v2('GET', `/v2/policies?${query}`);
    expect(res.json).toEqual({ error, status: 400 });
  });
});

describe('POST /v2/policies', () => {
  it('creates a policy → 201 unwrapped, Action/Resource stored as arrays, Version defaulted', async () => {
    server.clock.advance(1000);
    const res = await server.v2('POST', '/v2/policies', {
      body: {
        name: '  Snapshot keeper  ',
        description: 'Snapshots only.',
        policy_document: {
          Statement: [
            { Effect: 'Allow', Action: 'compute.snapshot.*', Resource: '*', Sid: 'ignored' },
            {
              Effect: 'Deny',
              Action: ['compute.snapshot.Delete', 'compute.*'],
              Resource: ['snap-1', 'snap-2'],
            },
          ],
        },
        unknown_field: true,
      },
    });
    expect(res.status).toBe(201);
    const policy = policySchema.parse(res.json);
    expect(policy).toEqual({
      id: expect.any(String),
      name: 'Snapshot keeper',
      description: 'Snapshots only.',
      version: POLICY_VERSION,
      is_system_policy: false,
      date_created: server.clock.now().toISOString().slice(0, 19) + '+00:00',
      policy_document: {
        Version: POLICY_VERSION,
        Statement: [
          { Effect: 'Allow', Action: ['compute.snapshot.*'], Resource: ['*'] },
          {
            Effect: 'Deny',
            Action: ['compute.snapshot.Delete', 'compute.*'],
            Resource: ['snap-1', 'snap-2'],
          },
        ],
      },
    });
    expect(Object.keys(res.json as object)).not.toContain('unknown_field');
    const read = await server.v2('GET', `/v2/policies/${policy.id}`);
    expect(read.status).toBe(200);
    expect(policyReadSchema.parse(read.json).policy).toEqual(policy);
    expect(sql('SELECT created_by FROM policies WHERE id = ?', policy.id)).toBe(ownerId);
  });

  it('keeps the documented Version, which is also the policy version', async () => {
    const policy = await createPolicy({
      policy_document: { Version: '2026-03-20', Statement: DOC.Statement },
    });
    expect(policy.version).toBe('2026-03-20');
    expect(policy.policy_document.Version).toBe('2026-03-20');
  });

  it.each(['2025-01-01', '2012-10-17', '2026-03-20 ', '', 'latest'])(
    'refuses the undocumented Version %j, naming the documented one',
    async (Version) => {
      const res = await server.v2('POST', '/v2/policies', {
        body: { name: 'Versioned', policy_document: { Version, Statement: DOC.Statement } },
      });
      expect(res.json).toEqual({
        error: 'policy_document.Version must be 2026-03-20 (the documented policy version)',
        status: 400,
      });
    },
  );

  it('accepts a JSON-encoded policy document', async () => {
    const policy = await createPolicy({ policy_document: JSON.stringify(DOC) });
    expect(policy.policy_document.Statement).toEqual(DOC.Statement);
  });

  const stmt = (s: Record<string, unknown>) => ({
    name: 'Bad',
    policy_document: { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', ...s }] },
  });
  it.each([
    [{ policy_document: DOC }, 'name is required'],
    [{ name: '   ', policy_document: DOC }, 'name must be between 1 and 100 characters'],
    [{ name: 'x'.repeat(101), policy_document: DOC }, 'name must be between 1 and 100 characters'],
    [{ name: 5, policy_document: DOC }, 'name must be a string'],
    [
      { name: 'a', description: 'd'.repeat(501), policy_document: DOC },
      'description must be at most 500 characters',
    ],
    [{ name: 'a', description: 3, policy_document: DOC }, 'description must be a string'],
    [{ name: 'a' }, 'policy_document is required'],
    [{ name: 'a', policy_document: 7 }, 'policy_document must be an object'],
    [{ name: 'a', policy_document: {} }, 'policy_document.Statement is required'],
    [
      { name: 'a', policy_document: { Statement: [] } },
      'policy_document.Statement must contain at least one statement',
    ],
    [
      { name: 'a', policy_document: { Statement: {} } },
      'policy_document.Statement must be an array of statements',
    ],
    [
      { name: 'a', policy_document: { Version: 3, Statement: DOC.Statement } },
      'policy_document.Version must be 2026-03-20 (the documented policy version)',
    ],
    [
      { name: 'a', policy_document: { Statement: ['x'] } },
      'policy_document.Statement[0] must be an object',
    ],
    [stmt({ Effect: 'Maybe' }), 'policy_document.Statement[0].Effect must be one of Allow, Deny'],
    [stmt({ Effect: undefined }), 'policy_document.Statement[0].Effect is required'],
    [stmt({ Action: undefined }), 'policy_document.Statement[0].Action is required'],
    [
      stmt({ Action: 5 }),
      'policy_document.Statement[0].Action must be a string or an array of strings',
    ],
    [stmt({ Action: [] }), 'policy_document.Statement[0].Action must contain at least one action'],
    [
      stmt({ Action: ['compute.instance.Create', 'compute.instanse.Create'] }),
      'policy_document.Statement[0].Action[1] "compute.instanse.Create" is not a known action',
    ],
    [
      stmt({ Action: 'compute.instance.create' }),
      'policy_document.Statement[0].Action[0] "compute.instance.create" is not a known action',
    ],
    [stmt({ Action: ['compute.*', 4] }), 'policy_document.Statement[0].Action[1] must be a string'],
    [stmt({ Resource: undefined }), 'policy_document.Statement[0].Resource is required'],
    [stmt({ Resource: '  ' }), 'policy_document.Statement[0].Resource[0] must not be empty'],
    [
      stmt({ Resource: [] }),
      'policy_document.Statement[0].Resource must contain at least one resource',
    ],
  ])('rejects %j with 400', async (body, error) => {
    const res = await server.v2('POST', '/v2/policies', { body });
    expect(res.json).toEqual({ error, status: 400 });
  });

  it('names the statement position of a bad action in a later statement', async () => {
    const res = await server.v2('POST', '/v2/policies', {
      body: {
        name: 'Later',
        policy_document: {
          Statement: [
            { Effect: 'Allow', Action: '*', Resource: '*' },
            { Effect: 'Deny', Action: ['iam.*', 'iam.nothing.*'], Resource: '*' },
          ],
        },
      },
    });
    expect(res.json).toEqual({
      error: 'policy_document.Statement[1].Action[1] "iam.nothing.*" is not a known action',
      status: 400,
    });
  });

  it('refuses a duplicate name ignoring case → 409', async () => {
    const res = await server.v2('POST', '/v2/policies', {
      body: { name: 'computeoperator', policy_document: DOC },
    });
    expect(res.json).toEqual({
      error: 'a policy named "ComputeOperator" already exists',
      status: 409,
    });
  });

  it('answers 400 for a non-JSON body', async () => {
    const res = await server.v2('POST', '/v2/policies', { body: '{nope' });
    expect(res.status).toBe(400);
  });
});

describe('GET /v2/policies/{id}', () => {
  it.each(MISSING_IDS)('answers 404 "Policy not found" for %s', async (_label, id) => {
    expectError(await server.v2('GET', `/v2/policies/${id}`), 404, 'Policy not found');
  });

  it("does not find another organization's policy", async () => {
    const otherOrg = randomUUID();
    const otherPolicy = randomUUID();
    server.store.db
      .prepare("INSERT INTO organizations (id, name, type, created_at) VALUES (?, 'Other', 'x', ?)")
      .run(otherOrg, '2026-01-01T00:00:00.000Z');
    server.store.db
      .prepare(
        `INSERT INTO policies (id, org_id, name, document, version, created_at)
         VALUES (?, ?, 'Foreign', ?, ?, ?)`,
      )
      .run(
        otherPolicy,
        otherOrg,
        JSON.stringify({ Version: POLICY_VERSION, ...DOC }),
        POLICY_VERSION,
        '2026-01-01T00:00:00.000Z',
      );
    const res = await server.v2('GET', `/v2/policies/${otherPolicy}`);
    expect(res.json).toEqual({ error: 'Policy not found', status: 404 });
    expect((await allPolicies()).map((p) => p.name)).not.toContain('Foreign');
    const del = await server.v2('DELETE', `/v2/policies/${otherPolicy}`);
    expect(del.status).toBe(404);
  });
});

describe('PUT /v2/policies/{id}', () => {
  it('replaces name, description and document → 200 unwrapped; records the updater', async () => {
    const policy = await createPolicy();
    server.clock.advance(1000);
    const res = await server.v2('PUT', `/v2/policies/${policy.id}`, {
      body: {
        name: 'Renamed policy',
        policy_document: {
          Version: '2026-03-20',
          Statement: [{ Effect: 'Deny', Action: 'storage.*', Resource: 'bucket-1' }],
        },
      },
    });
    expect(res.status).toBe(200);
    const updated = policySchema.parse(res.json);
    expect(updated).toEqual({
      ...policy,
      name: 'Renamed policy',
      description: '',
      version: '2026-03-20',
      policy_document: {
        Version: '2026-03-20',
        Statement: [{ Effect: 'Deny', Action: ['storage.*'], Resource: ['bucket-1'] }],
      },
    });
    expect(sql('SELECT updated_by FROM policies WHERE id = ?', policy.id)).toBe(ownerId);
    expect(sql('SELECT updated_at FROM policies WHERE id = ?', policy.id)).toBe(
      server.clock.now().toISOString(),
    );
  });

  it('keeps its own name (in another case) but refuses another policy’s → 409', async () => {
    const policy = await createPolicy({ name: 'Case policy' });
    const same = await server.v2('PUT', `/v2/policies/${policy.id}`, {
      body: { name: 'CASE POLICY', policy_document: DOC },
    });
    expect(same.status).toBe(200);
    const clash = await server.v2('PUT', `/v2/policies/${policy.id}`, {
      body: { name: 'DatabaseAdmin', policy_document: DOC },
    });
    expect(clash.json).toEqual({
      error: 'a policy named "DatabaseAdmin" already exists',
      status: 409,
    });
  });

  it('validates the body like create', async () => {
    const policy = await createPolicy();
    const res = await server.v2('PUT', `/v2/policies/${policy.id}`, {
      body: {
        name: 'x',
        policy_document: { Statement: [{ Effect: 'Allow', Action: 'nope', Resource: '*' }] },
      },
    });
    expect(res.json).toEqual({
      error: 'policy_document.Statement[0].Action[0] "nope" is not a known action',
      status: 400,
    });
  });

  it.each([randomUUID(), 'bad-id'])('answers 404 for %s', async (id) => {
    const res = await server.v2('PUT', `/v2/policies/${id}`, {
      body: { name: 'x', policy_document: DOC },
    });
    expect(res.json).toEqual({ error: 'Policy not found', status: 404 });
  });
});

describe('system policies', () => {
  it.each([
    ['PUT', '', 'updated'],
    ['DELETE', '', 'deleted'],
    ['PATCH', '/restore', 'restored'],
  ])('%s answers 403 naming the action', async (method, suffix, verb) => {
    const admin = await policyNamed('AdministratorAccess');
    const res = await server.v2(method, `/v2/policies/${admin.id}${suffix}`, {
      ...(method === 'PUT' ? { body: { name: 'Mine now', policy_document: DOC } } : {}),
    });
    expect(res.json).toEqual({
      error: `AdministratorAccess is a system policy and cannot be ${verb}`,
      status: 403,
    });
    expect(await policyNamed('AdministratorAccess')).toEqual(admin);
  });

  it('can still be attached to users and groups', async () => {
    const billing = await policyNamed('BillingReadOnly');
    const u = await server.v2('POST', `/v2/policies/${billing.id}/users/${userId('Farah Haddad')}`);
    expect(u.status).toBe(201);
    const g = await server.v2('POST', `/v2/policies/${billing.id}/groups/${groupId('Auditors')}`);
    expect(g.status).toBe(201);
  });
});

describe('DELETE and PATCH /v2/policies/{id}/restore', () => {
  it('soft-deletes → 204; the policy vanishes from reads and lists; restore brings it back', async () => {
    const policy = await createPolicy();
    server.clock.advance(1000);
    const del = await server.v2('DELETE', `/v2/policies/${policy.id}`);
    expect(del.status).toBe(204);
    expect(del.text).toBe('');
    expect(sql('SELECT deleted_by FROM policies WHERE id = ?', policy.id)).toBe(ownerId);
    expect(sql('SELECT deleted_at FROM policies WHERE id = ?', policy.id)).toBe(
      server.clock.now().toISOString(),
    );

    expect((await server.v2('GET', `/v2/policies/${policy.id}`)).json).toEqual({
      error: 'Policy not found',
      status: 404,
    });
    expect((await allPolicies()).map((p) => p.id)).not.toContain(policy.id);
    for (const [method, path] of [
      ['DELETE', ''],
      ['PUT', ''],
      ['GET', '/users'],
      ['GET', '/groups'],
      ['POST', `/users/${userId('Blake Chen')}`],
      ['POST', `/groups/${groupId('On-call')}`],
    ] as const) {
      const res = await server.v2(method, `/v2/policies/${policy.id}${path}`, {
        ...(method === 'PUT' ? { body: { name: 'x', policy_document: DOC } } : {}),
      });
      expect(res.json).toEqual({ error: 'Policy not found', status: 404 });
    }

    const restored = await server.v2('PATCH', `/v2/policies/${policy.id}/restore`);
    expect(restored.status).toBe(200);
    expect(policySchema.parse(restored.json)).toEqual(policy);
    expect((await allPolicies()).map((p) => p.id)).toContain(policy.id);
    expect(sql('SELECT deleted_at FROM policies WHERE id = ?', policy.id)).toBeNull();
  });

  it('frees the name while deleted; restoring then clashes → 409', async () => {
    const first = await createPolicy({ name: 'Reusable' });
    expect((await server.v2('DELETE', `/v2/policies/${first.id}`)).status).toBe(204);
    const second = await createPolicy({ name: 'REUSABLE' });
    const res = await server.v2('PATCH', `/v2/policies/${first.id}/restore`);
    expect(res.json).toEqual({ error: 'a policy named "REUSABLE" already exists', status: 409 });
    expect((await server.v2('GET', `/v2/policies/${first.id}`)).status).toBe(404);
    expect((await server.v2('GET', `/v2/policies/${second.id}`)).status).toBe(200);
  });

  it('restoring a live policy answers it unchanged', async () => {
    const policy = await createPolicy();
    const res = await server.v2('PATCH', `/v2/policies/${policy.id}/restore`);
    expect(res.status).toBe(200);
    expect(policySchema.parse(res.json)).toEqual(policy);
  });

  it.each([randomUUID(), 'nope'])('restore answers 404 for %s', async (id) => {
    const res = await server.v2('PATCH', `/v2/policies/${id}/restore`);
    expect(res.json).toEqual({ error: 'Policy not found', status: 404 });
  });

  it("removes a deleted policy from a role's policies, and restore puts it back", async () => {
    const policy = await createPolicy();
    const roleId = sql<string>("SELECT id FROM roles WHERE name = 'Weekend Maintenance'");
    server.store.db
      .prepare(
        'INSERT INTO role_policies (role_id, policy_id, assigned_at, assigned_by) VALUES (?, ?, ?, ?)',
      )
      .run(roleId, policy.id, server.clock.now().toISOString(), ownerId);
    const names = async () =>
      roleReadSchema
        .parse((await server.v2('GET', `/v2/roles/${roleId}`)).json)
        .role.policies.map((p) => p.id);
    expect(await names()).toContain(policy.id);
    await server.v2('DELETE', `/v2/policies/${policy.id}`);
    expect(await names()).not.toContain(policy.id);
    expect((await names()).length).toBeGreaterThan(0);
    await server.v2('PATCH', `/v2/policies/${policy.id}/restore`);
    expect(await names()).toContain(policy.id);
  });
});

describe('/v2/policies/{id}/users', () => {
  it('lists the seeded direct attachment as user summaries', async () => {
    const assume = await policyNamed('AssumeRoles');
    const res = await server.v2('GET', `/v2/policies/${assume.id}/users`);
    expect(res.status).toBe(200);
    expect(policyUserListSchema.parse(res.json)).toEqual({
      users: [
        {
          id: userId('ci-deployer'),
          name: 'ci-deployer',
          email: 'ci-deployer@acme-robotics.example',
        },
      ],
      meta: { total: 1, links: { next: '', prev: '' } },
    });
  });

  it('attaches → 201 record, pages the attachments, refuses duplicates, detaches → 204', async () => {
    const policy = await createPolicy();
    const names = ['Blake Chen', 'Carmen Diaz', 'Devi Patel', 'Emil Novak', 'Farah Haddad'];
    await attachEach(policy, 'user', names);
    expect(sql('SELECT assigned_by FROM policy_users WHERE policy_id = ? LIMIT 1', policy.id)).toBe(
      ownerId,
    );

    const { rows, total } = await walk(`/v2/policies/${policy.id}/users`, 2, (json) => {
      const l = policyUserListSchema.parse(json);
      return { rows: l.users, ...l.meta.links, total: l.meta.total };
    });
    expect(total).toBe(5);
    expect(rows.map((u) => u.name)).toEqual(names);

    const again = await server.v2(
      'POST',
      `/v2/policies/${policy.id}/users/${userId('Devi Patel')}`,
    );
    expect(again.status).toBe(409);
    expect(errorBodySchema.parse(again.json).error).toBe(
      `the policy ${policy.name} is already attached to the user Devi Patel`,
    );

    const del = await server.v2(
      'DELETE',
      `/v2/policies/${policy.id}/users/${userId('Devi Patel')}`,
    );
    expect(del.status).toBe(204);
    const delAgain = await server.v2(
      'DELETE',
      `/v2/policies/${policy.id}/users/${userId('Devi Patel')}`,
    );
    expect(delAgain.json).toEqual({
      error: `the policy ${policy.name} is not attached to the user Devi Patel`,
      status: 404,
    });
    const after = policyUserListSchema.parse(
      (await server.v2('GET', `/v2/policies/${policy.id}/users`)).json,
    );
    expect(after.users.map((u) => u.name)).toEqual(names.filter((n) => n !== 'Devi Patel'));
  });

  it('refuses a cursor from another policy’s list', async () => {
    const a = await createPolicy();
    const b = await createPolicy();
    for (const name of ['Blake Chen', 'Carmen Diaz']) {
      await server.v2('POST', `/v2/policies/${a.id}/users/${userId(name)}`);
    }
    const page = policyUserListSchema.parse(
      (await server.v2('GET', `/v2/policies/${a.id}/users?per_page=1`)).json,
    );
    expect(page.meta.links.next).not.toBe('');
    const res = await server.v2(
      'GET',
      `/v2/policies/${b.id}/users?cursor=${encodeURIComponent(page.meta.links.next)}`,
    );
    expect(res.json).toEqual({ error: 'cursor belongs to another list', status: 400 });
  });

  it.each([
    ['an unknown user', () => randomUUID(), 'Invalid user'],
    ['a malformed user id', () => 'not-a-user', 'Invalid user'],
  ])('answers 404 for %s', async (_label, id, error) => {
    const policy = await createPolicy();
    for (const method of ['POST', 'DELETE']) {
      const res = await server.v2(method, `/v2/policies/${policy.id}/users/${id()}`);
      expect(res.json).toEqual({ error, status: 404 });
    }
  });

  it('answers "Policy not found" before looking at the user', async () => {
    for (const policy of [randomUUID(), 'bad']) {
      for (const method of ['POST', 'DELETE']) {
        const res = await server.v2(method, `/v2/policies/${policy}/users/${randomUUID()}`);
        expect(res.json).toEqual({ error: 'Policy not found', status: 404 });
      }
      const list = await server.v2('GET', `/v2/policies/${policy}/users`);
      expect(list.json).toEqual({ error: 'Policy not found', status: 404 });
    }
  });

  it("does not attach another organization's user", async () => {
    const policy = await createPolicy();
    const stranger = insertOutsider(server);
    const res = await server.v2('POST', `/v2/policies/${policy.id}/users/${stranger}`);
    expectError(res, 404, 'Invalid user');
  });
});

describe('/v2/policies/{id}/groups', () => {
  it('lists the seeded group attachments', async () => {
    const assume = await policyNamed('AssumeRoles');
    const list = await readOk(server, `/v2/policies/${assume.id}/groups`, (json) =>
      policyGroupListSchema.parse(json),
    );
    expect(list.groups.map((g) => g.display_name)).toEqual(['On-call', 'Platform Engineers']);
    expect(list.groups[0]).toEqual({
      id: groupId('On-call'),
      display_name: 'On-call',
      description: 'This week’s incident responders.',
    });
    expect(list.meta.total).toBe(2);
  });

  it('attaches → 201 record, pages, refuses duplicates, detaches → 204', async () => {
    const policy = await createPolicy();
    const names = ['Platform Engineers', 'On-call', 'Auditors'];
    await attachEach(policy, 'group', names);
    const { rows, prevs, total } = await walk(`/v2/policies/${policy.id}/groups`, 1, (json) => {
      const l = policyGroupListSchema.parse(json);
      return { rows: l.groups, ...l.meta.links, total: l.meta.total };
    });
    expect(total).toBe(3);
    expect(rows.map((g) => g.display_name)).toEqual(names);
    const back = policyGroupListSchema.parse(
      (
        await server.v2(
          'GET',
          `/v2/policies/${policy.id}/groups?per_page=1&cursor=${encodeURIComponent(prevs.at(-1)!)}`,
        )
      ).json,
    );
    expect(back.groups.map((g) => g.display_name)).toEqual(['On-call']);

    const again = await server.v2('POST', `/v2/policies/${policy.id}/groups/${groupId('On-call')}`);
    expect(again.json).toEqual({
      error: `the policy ${policy.name} is already attached to the group On-call`,
      status: 409,
    });
    const del = await server.v2('DELETE', `/v2/policies/${policy.id}/groups/${groupId('On-call')}`);
    expect(del.status).toBe(204);
    const delAgain = await server.v2(
      'DELETE',
      `/v2/policies/${policy.id}/groups/${groupId('On-call')}`,
    );
    expect(delAgain.json).toEqual({
      error: `the policy ${policy.name} is not attached to the group On-call`,
      status: 404,
    });
  });

  it.each([randomUUID(), 'not-a-group'])('answers 404 "Group not found" for %s', async (id) => {
    const policy = await createPolicy();
    for (const method of ['POST', 'DELETE']) {
      const res = await server.v2(method, `/v2/policies/${policy.id}/groups/${id}`);
      expect(res.json).toEqual({ error: 'Group not found', status: 404 });
    }
  });

  it('answers "Policy not found" for an unknown policy', async () => {
    const res = await server.v2(
      'POST',
      `/v2/policies/${randomUUID()}/groups/${groupId('On-call')}`,
    );
    expect(res.json).toEqual({ error: 'Policy not found', status: 404 });
    const list = await server.v2('GET', `/v2/policies/${randomUUID()}/groups`);
    expect(list.json).toEqual({ error: 'Policy not found', status: 404 });
  });
});
