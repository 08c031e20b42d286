import { describe, expect, it } from 'vitest';
import { groupInputSchema, groupMemberInputSchema } from './group';
import { describeZodError } from './common';
import { oidcIssuerCreateSchema } from './oidc-issuer';
import { POLICY_VERSION, policyInputSchema } from './policy';
import { roleInputSchema } from './role';
import { DESCRIPTION_TEXT_RULE, NAME_TEXT_RULE, isSafeDescription, isSafeName } from './text';
import { userCreateSchema, userUpdateSchema } from './user';

/** Each refused kind of character, inside otherwise ordinary text. */
const HOSTILE_TEXTS: [string, string][] = [
  ['NUL', 'Ops\u0000Admin'],
  ['a C0 control (BEL)', 'Ops\u0007Admin'],
  ['escape', 'Ops\u001b[31mAdmin'],
  ['carriage return', 'Ops\rAdmin'],
  ['DEL', 'Ops\u007fAdmin'],
  ['a C1 control', 'Ops\u0085Admin'],
  ['a lone high surrogate', 'Ops\ud800Admin'],
  ['a lone low surrogate', 'Ops\udc00Admin'],
  ['a high surrogate at the end', 'OpsAdmin\ud83d'],
  ['a right-to-left override', 'Ops\u202eAdmin'],
  ['a left-to-right embedding', 'Ops\u202aAdmin'],
  ['a pop directional formatting', 'Ops\u202cAdmin'],
  ['a right-to-left isolate', 'Ops\u2067Admin'],
  ['a pop directional isolate', 'Ops\u2069Admin'],
  ['a zero-width space', 'Ops\u200bAdmin'],
  ['a zero-width joiner', 'Ops\u200dAdmin'],
  ['a word joiner', 'Ops\u2060Admin'],
  ['a byte-order mark', '\ufeffOpsAdmin'],
];

const FINE = [
  'Ops Admin',
  'Équipe réseau',
  'Администраторы',
  'אדמינים',
  '運用チーム',
  'Deploy 🚀 team',
  'family 👨‍👩‍👧', // emoji joined with zero-width joiners: refused below, as every U+200D
];

describe('isSafeName / isSafeDescription', () => {
  it.each(HOSTILE_TEXTS)('refuses %s in names and descriptions', (_label, text) => {
    expect(isSafeName(text)).toBe(false);
    expect(isSafeDescription(text)).toBe(false);
  });

  it.each(FINE.slice(0, 6))('accepts %s', (text) => {
    expect(isSafeName(text)).toBe(true);
    expect(isSafeDescription(text)).toBe(true);
  });

  it('refuses the zero-width joiner even inside an emoji sequence', () => {
    expect(isSafeName(FINE[6]!)).toBe(false);
  });

  it('lets descriptions, not names, hold tab and line feed', () => {
    for (const text of ['line one\nline two', 'a\tb']) {
      expect(isSafeDescription(text)).toBe(true);
      expect(isSafeName(text)).toBe(false);
    }
    expect(isSafeDescription('a\r\nb')).toBe(false);
  });
});

const problem = (
  schema: { safeParse(v: unknown): { success: boolean; error?: unknown } },
  input: unknown,
) => {
  const result = schema.safeParse(input) as
    { success: true } | { success: false; error: Parameters<typeof describeZodError>[0] };
  return result.success ? null : describeZodError(result.error, input);
};

const doc = { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
const user = { email: 'a@example.com', password: 'long-enough-password' };

describe('every name and description input refuses hostile text, naming the field and the rule', () => {
  const nameFields: [string, (t: string) => [Parameters<typeof problem>[0], unknown], string][] = [
    ['role name', (t) => [roleInputSchema, { name: t, role_type: 'assumable' }], 'name'],
    ['policy name', (t) => [policyInputSchema, { name: t, policy_document: doc }], 'name'],
    ['group display_name', (t) => [groupInputSchema, { display_name: t }], 'display_name'],
    ['user name', (t) => [userCreateSchema, { ...user, name: t }], 'name'],
    [
      'user first_name',
      (t) => [userCreateSchema, { ...user, first_name: t, last_name: 'X' }],
      'first_name',
    ],
    [
      'user last_name',
      (t) => [userCreateSchema, { ...user, first_name: 'X', last_name: t }],
      'last_name',
    ],
    ['user name on update', (t) => [userUpdateSchema, { name: t }], 'name'],
    [
      'member display_name',
      (t) => [
        groupMemberInputSchema,
        { user_id: '00000000-0000-4000-8000-000000000000', display_name: t },
      ],
      'display_name',
    ],
    [
      'issuer display_name',
      (t) => [oidcIssuerCreateSchema, { issuer: { uri: 'https://idp.example', display_name: t } }],
      'issuer.display_name',
    ],
  ];
  const descriptionFields: [string, (t: string) => [Parameters<typeof problem>[0], unknown]][] = [
    ['role', (t) => [roleInputSchema, { name: 'R', role_type: 'assumable', description: t }]],
    ['policy', (t) => [policyInputSchema, { name: 'P', policy_document: doc, description: t }]],
    ['group', (t) => [groupInputSchema, { display_name: 'G', description: t }]],
  ];

  for (const [label, build, field] of nameFields) {
    it.each(HOSTILE_TEXTS)(`${label}: %s`, (_kind, text) => {
      const [schema, input] = build(text);
      expect(problem(schema, input)).toBe(`${field} ${NAME_TEXT_RULE}`);
    });
    it(`${label}: accepts ordinary text in any script`, () => {
      const [schema, input] = build('Équipe 運用 🚀');
      expect(problem(schema, input)).toBeNull();
    });
  }

  for (const [label, build] of descriptionFields) {
    it.each(HOSTILE_TEXTS)(`${label} description: %s`, (_kind, text) => {
      const [schema, input] = build(text);
      expect(problem(schema, input)).toBe(`description ${DESCRIPTION_TEXT_RULE}`);
    });
    it(`${label} description: accepts several lines and tabs`, () => {
      const [schema, input] = build('First line\n\tindented second line');
      expect(problem(schema, input)).toBeNull();
    });
  }
});

describe('policy document Version', () => {
  it('accepts the documented version and defaults to it', () => {
    expect(
      policyInputSchema.parse({ name: 'P', policy_document: doc }).policy_document.Version,
    ).toBe(POLICY_VERSION);
    expect(
      problem(policyInputSchema, {
        name: 'P',
        policy_document: { ...doc, Version: POLICY_VERSION },
      }),
    ).toBeNull();
  });

  it.each(['2012-10-17', '2025-01-01', 'v9', '', 3, null])(
    'refuses %j, listing the documented version',
    (Version) => {
      const input = { name: 'P', policy_document: { ...doc, Version } };
      expect(problem(policyInputSchema, input)).toBe(
        `policy_document.Version must be ${POLICY_VERSION} (the documented policy version)`,
      );
    },
  );
});
