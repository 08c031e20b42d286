import { describe, expect, it } from 'vitest';
import { DESCRIPTION_TEXT_RULE, NAME_TEXT_RULE } from '../../../shared/schemas/text';
import { createGroup, createRole, createUser } from '../../testing/api-kit';
import { useTestServer } from '../../testing/test-support';

const server = useTestServer();

const HOSTILE: [string, string][] = [
  ['NUL', 'Ops\u0000Admin'],
  ['a control character', 'Ops\u001b[31mAdmin'],
  ['a line feed in a name', 'Ops\nAdmin'],
  ['a lone surrogate', 'Ops\ud800Admin'],
  ['a right-to-left override', 'Ops\u202eAdmin'],
  ['a bidirectional isolate', 'Ops\u2066Admin'],
  ['a zero-width space', 'Ops\u200bAdmin'],
  ['a byte-order mark', '\ufeffOps Admin'],
];
const HOSTILE_DESCRIPTIONS = HOSTILE.filter(([kind]) => kind !== 'a line feed in a name');

const doc = { Version: '2026-03-20', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
let n = 0;
const unique = () => `Text check ${++n}`;

/** Every create endpoint with a name or description, and the field each hostile text goes in. */
const creates: [string, string, (text: string) => unknown, string][] = [
  ['/v2/roles', 'name', (t) => ({ name: t, role_type: 'assumable' }), 'name'],
  [
    '/v2/roles',
    'description',
    (t) => ({ name: unique(), role_type: 'assumable', description: t }),
    'description',
  ],
  ['/v2/policies', 'name', (t) => ({ name: t, policy_document: doc }), 'name'],
  [
    '/v2/policies',
    'description',
    (t) => ({ name: unique(), policy_document: doc, description: t }),
    'description',
  ],
  ['/v2/groups', 'display_name', (t) => ({ display_name: t }), 'display_name'],
  ['/v2/groups', 'description', (t) => ({ display_name: unique(), description: t }), 'description'],
  [
    '/v2/users',
    'name',
    (t) => ({ email: `${n++}@text.example`, password: 'long-enough-password', name: t }),
    'name',
  ],
  [
    '/v2/users',
    'first_name',
    (t) => ({
      email: `${n++}@text.example`,
      password: 'long-enough-password',
      first_name: t,
      last_name: 'Doe',
    }),
    'first_name',
  ],
  [
    '/v2/oidc/issuer',
    'display_name',
    (t) => ({ issuer: { uri: `https://text-${n++}.example`, display_name: t } }),
    'issuer.display_name',
  ],
];

describe('create endpoints refuse hostile names and descriptions with 400 and the rule', () => {
  for (const [path, field, body, named] of creates) {
    const cases = field === 'description' ? HOSTILE_DESCRIPTIONS : HOSTILE;
    const rule = field === 'description' ? DESCRIPTION_TEXT_RULE : NAME_TEXT_RULE;
    it.each(cases)(`POST ${path} with %s in ${field}`, async (_kind, text) => {
      const res = await server.v2('POST', path, { body: body(text) });
      expect(res.json).toEqual({ error: `${named} ${rule}`, status: 400 });
    });
  }

  it('accepts ordinary text in any script, and several lines in a description', async () => {
    const role = await createRole(server, {
      name: 'Équipe 運用 🚀',
      role_type: 'assumable',
      description: 'First line\n\tsecond line',
    });
    expect(role).toMatchObject({
      name: 'Équipe 運用 🚀',
      description: 'First line\n\tsecond line',
    });
  });
});

describe('update endpoints refuse them too', () => {
  it.each(HOSTILE)(
    'PUT /v2/roles/{id}, PATCH /v2/users/{id}, PUT /v2/groups/{id} with %s',
    async (_kind, text) => {
      const role = await createRole(server, { name: unique(), role_type: 'assumable' });
      const put = await server.v2('PUT', `/v2/roles/${role.id}`, {
        body: { name: text, role_type: 'assumable' },
      });
      expect(put.json).toEqual({ error: `name ${NAME_TEXT_RULE}`, status: 400 });

      const group = await createGroup(server);
      const putGroup = await server.v2('PUT', `/v2/groups/${group.id}`, {
        body: { display_name: text },
      });
      expect(putGroup.json).toEqual({ error: `display_name ${NAME_TEXT_RULE}`, status: 400 });

      const user = await createUser(server, { name: 'Plain' });
      const patch = await server.v2('PATCH', `/v2/users/${user.id}`, { body: { name: text } });
      expect(patch.json).toEqual({ error: `name ${NAME_TEXT_RULE}`, status: 400 });
    },
  );
});
