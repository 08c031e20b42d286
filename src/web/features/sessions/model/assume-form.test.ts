import { describe, expect, it } from 'vitest';
import type { Role } from '../../../../shared/schemas/role';
import {
  assumeFormDefaults,
  assumeFormSchema,
  defaultSessionName,
  maxDurationOf,
  resolveRole,
} from './assume-form';
import { sessionNameSchema } from '../../../../shared/schemas/session';

const ORG = '11111111-2222-4333-8444-555555555555';
const role = (id: string, name: string, max = 3600): Role => ({
  id,
  name,
  description: '',
  role_type: 'assumable',
  max_session_duration: max,
  policies: [],
  date_created: '2026-01-01T00:00:00+00:00',
});
const ONCALL = role('66666666-7777-4888-9999-000000000001', 'On-call Responder', 14_400);
const BREAK = role('66666666-7777-4888-9999-000000000002', 'Break-glass Administrator');
const roles = [ONCALL, BREAK];
const schema = assumeFormSchema({ roles, organizationId: ORG });
const base = { ...assumeFormDefaults(ONCALL.id, new Date(2026, 0, 2, 3, 4)), session_name: 'ok' };

const messages = (input: unknown) => {
  const r = schema.safeParse(input);
  return r.success
    ? {}
    : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('the Role field', () => {
  it('finds a role by id, by name in any case, or by ARN; keeps an unknown ARN', () => {
    expect(resolveRole(ONCALL.id, roles).role).toBe(ONCALL);
    expect(resolveRole(' on-call responder ', roles)).toEqual({ role: ONCALL, roleId: ONCALL.id });
    const arn = `arn:aws:iam::${ORG}:role/${BREAK.id}`;
    expect(resolveRole(arn, roles)).toEqual({ role: BREAK, roleArn: arn });
    expect(resolveRole('arn:aws:iam::other:role/x', roles)).toEqual({
      roleArn: 'arn:aws:iam::other:role/x',
    });
    expect(resolveRole('nothing like it', roles)).toEqual({});
  });

  it("caps the duration at the role's maximum, or the API's for an unknown role", () => {
    expect(maxDurationOf(resolveRole(ONCALL.id, roles))).toBe(14_400);
    expect(maxDurationOf({ roleArn: 'arn:aws:iam::o:role/r' })).toBe(43_200);
  });
});

describe('the assume form schema', () => {
  it('names the session after the console and the time, within the session-name rule', () => {
    const name = defaultSessionName(new Date(2026, 0, 2, 3, 4));
    expect(name).toBe('console-20260102-0304');
    expect(sessionNameSchema.safeParse(name).success).toBe(true);
  });

  it('turns the fields into the POST /api/sts body, with the ARN', () => {
    expect(schema.parse({ ...base, call_as: 'user-1' })).toEqual({
      action: 'AssumeRole',
      role_arn: `arn:aws:iam::${ORG}:role/${ONCALL.id}`,
      session_name: 'ok',
      duration_seconds: 3600,
      call_as: 'user-1',
    });
    expect(
      assumeFormSchema({ roles }).parse({ ...base, role: 'break-glass administrator' }),
    ).toEqual({
      action: 'AssumeRole',
      role_id: BREAK.id,
      session_name: 'ok',
      duration_seconds: 3600,
    });
  });

  it('sends the token (and no call_as) for web identity', () => {
    expect(
      schema.parse({
        ...base,
        method: 'AssumeRoleWithWebIdentity',
        web_identity_token: ' abc.def.ghi ',
        call_as: 'user-1',
      }),
    ).toEqual({
      action: 'AssumeRoleWithWebIdentity',
      role_arn: `arn:aws:iam::${ORG}:role/${ONCALL.id}`,
      session_name: 'ok',
      duration_seconds: 3600,
      web_identity_token: 'abc.def.ghi',
    });
  });

  it('validates the session name with the shared rule', () => {
    expect(messages({ ...base, session_name: 'a' })).toEqual({
      session_name: 'must be between 2 and 64 characters',
    });
    expect(messages({ ...base, session_name: 'has space' })).toEqual({
      session_name: 'may contain only letters, digits and _ + = , . @ -',
    });
  });

  it("refuses a duration beyond the role's maximum and below 900", () => {
    expect(messages({ ...base, role: BREAK.id, duration_seconds: 7200 })).toEqual({
      duration_seconds:
        "must be at most 3600 seconds (1 hour, the role's maximum session duration)",
    });
    expect(messages({ ...base, duration_seconds: 60 })).toEqual({
      duration_seconds: 'must be between 900 and 43200',
    });
  });

  it('wants a role it can read and a token for web identity', () => {
    expect(messages({ ...base, role: '' })).toEqual({ role: 'is required' });
    expect(messages({ ...base, role: 'no such role' }).role).toMatch(
      /^must be a role from the list/,
    );
    expect(messages({ ...base, method: 'AssumeRoleWithWebIdentity' })).toEqual({
      web_identity_token: 'is required for AssumeRoleWithWebIdentity',
    });
    expect(
      messages({ ...base, method: 'AssumeRoleWithWebIdentity', web_identity_token: 'abc' }),
    ).toEqual({
      web_identity_token: 'must be between 4 and 20000 characters',
    });
  });
});
