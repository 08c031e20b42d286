import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../clock';
import { startTestServer } from '../../testing/test-support';
import type { TestServer } from '../../testing/test-support';
import { seeded, sts, stsError, stsResult } from '../../testing/sts-test-kit';

// Monday 2026-11-23 10:00 in Berlin (UTC+1).
const MONDAY_10_BERLIN = '2026-11-23T09:00:00.000Z';
let server: TestServer;
let s: ReturnType<typeof seeded>;
let clock: ManualClock;
const arn = (roleId: string) => `arn:aws:iam::${s.orgId}:role/${roleId}`;

beforeAll(async () => {
  clock = new ManualClock(MONDAY_10_BERLIN);
  server = await startTestServer({ clock });
  s = seeded(server);
});
beforeEach(() => clock.set(MONDAY_10_BERLIN));
afterAll(async () => {
  await server.close();
});

function assumeAs(key: string | undefined, params: Record<string, string>) {
  return sts(
    server,
    { Action: 'AssumeRole', Version: '2011-06-15', ...params },
    key ? { bearer: key } : {},
  );
}

describe('AssumeRole', () => {
  it('returns STS XML with credentials, the assumed-role user and a request id in header and body', async () => {
    const reply = await assumeAs(s.apiKey('blake'), {
      RoleArn: arn(s.roleId('Break-glass Administrator')),
      RoleSessionName: 'blake@laptop',
    });
    expect(reply.status).toBe(200);
    expect(reply.contentType).toMatch(/^text\/xml/);
    const { result, requestId } = stsResult(reply, 'AssumeRole');
    expect(reply.requestIdHeader).toBe(requestId);
    expect(result.Credentials.AccessKeyId).toMatch(/^[A-Za-z0-9_]{16,128}$/);
    expect(result.Credentials.SecretAccessKey.length).toBeGreaterThanOrEqual(40);
    expect(result.Credentials.SessionToken).toMatch(/^ars-[A-Za-z0-9_-]{43}$/);
    expect(result.Credentials.Expiration).toBe('2026-11-23T10:00:00Z');
    expect(result.AssumedRoleUser).toEqual({
      AssumedRoleId: `${s.roleId('Break-glass Administrator')}:blake@laptop`,
      Arn: `arn:aws:sts::${s.orgId}:assumed-role/Break-glass Administrator/blake@laptop`,
    });
    expect(result.PackedPolicySize).toBe('0');
  });

  it('answers the same on the path with a trailing slash, and honours DurationSeconds', async () => {
    const reply = await sts(
      server,
      {
        Action: 'AssumeRole',
        RoleArn: arn(s.roleId('Break-glass Administrator')),
        RoleSessionName: 'slash',
        DurationSeconds: '900',
      },
      { bearer: s.apiKey('blake'), path: '/v2/assumed-roles/compatibility/aws/sts/' },
    );
    expect(reply.status).toBe(200);
    expect(stsResult(reply, 'AssumeRole').result.Credentials.Expiration).toBe(
      '2026-11-23T09:15:00Z',
    );
  });

  it('escapes every echoed value in the XML', async () => {
    const role = await server.v2('POST', '/v2/roles', {
      body: { name: `R&D <ops> "x" 'y'`, role_type: 'assumable' },
    });
    const roleId = (role.json as { id: string }).id;
    await server.v2('POST', '/v2/role-trusts', {
      body: {
        role_id: roleId,
        trust_type: 'TemporaryAssumption',
        trusted_user_id: s.userId('Blake Chen'),
      },
    });
    const reply = await assumeAs(s.apiKey('blake'), {
      RoleArn: arn(roleId),
      RoleSessionName: 'esc',
    });
    expect(reply.text).toContain('R&amp;D &lt;ops&gt; &quot;x&quot; &apos;y&apos;');
    expect(stsResult(reply, 'AssumeRole').result.AssumedRoleUser.Arn).toBe(
      `arn:aws:sts::${s.orgId}:assumed-role/R&D <ops> "x" 'y'/esc`,
    );
  });
});

describe('AssumeRole refusals', () => {
  const base = () => ({
    RoleArn: arn(s.roleId('Break-glass Administrator')),
    RoleSessionName: 'ok-name',
  });

  it.each([
    [undefined, 'MissingAuthenticationToken', 403],
    ['NOT-A-KEY', 'InvalidClientTokenId', 403],
  ])('authentication %s → %s', async (key, code, status) => {
    const reply = await assumeAs(key, base());
    expect(reply.status).toBe(status);
    const error = stsError(reply);
    expect(error.Code).toBe(code);
    expect(error.Type).toBe('Sender');
    expect(reply.requestIdHeader).toBe(error.RequestId);
  });

  it.each([
    [
      { RoleSessionName: 'x' },
      "1 validation error detected: Value 'x' at 'roleSessionName' failed to satisfy constraint: Member must have length greater than or equal to 2",
    ],
    [
      { RoleSessionName: 'a'.repeat(65) },
      `1 validation error detected: Value '${'a'.repeat(65)}' at 'roleSessionName' failed to satisfy constraint: Member must have length less than or equal to 64`,
    ],
    [
      { RoleSessionName: 'has space' },
      "1 validation error detected: Value 'has space' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*",
    ],
    [
      { RoleArn: 'arn:aws:iam::short' },
      "1 validation error detected: Value 'arn:aws:iam::short' at 'roleArn' failed to satisfy constraint: Member must have length between 20 and 2048",
    ],
    [
      { RoleArn: 'arn:aws:s3:::bucket/some-key-here' },
      "1 validation error detected: Value 'arn:aws:s3:::bucket/some-key-here' at 'roleArn' failed to satisfy constraint: Member must be an ARN of the form arn:aws:iam::<organization-id>:role/<role-id>",
    ],
    [
      { DurationSeconds: '899' },
      "1 validation error detected: Value '899' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900",
    ],
    [
      { DurationSeconds: '43201' },
      "1 validation error detected: Value '43201' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 43200",
    ],
    [
      { DurationSeconds: '1h' },
      "1 validation error detected: Value '1h' at 'durationSeconds' failed to satisfy constraint: Member must be an integer",
    ],
    [
      { DurationSeconds: '7200' },
      'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
    ],
    [
      { Version: '2010-01-01' },
      "1 validation error detected: Value '2010-01-01' at 'version' failed to satisfy constraint: Member must be 2011-06-15",
    ],
    [{ Policy: '{}' }, 'The parameter Policy is not supported by this endpoint.'],
    [
      { 'PolicyArns.member.1.arn': 'arn:aws:iam::aws:policy/x' },
      'The parameter PolicyArns is not supported by this endpoint.',
    ],
    [{ 'Tags.member.1.Key': 'team' }, 'The parameter Tags is not supported by this endpoint.'],
    [{ ExternalId: 'abc' }, 'The parameter ExternalId is not supported by this endpoint.'],
    [{ SourceIdentity: 'me' }, 'The parameter SourceIdentity is not supported by this endpoint.'],
  ])('%o → ValidationError', async (override, message) => {
    const reply = await assumeAs(s.apiKey('blake'), { ...base(), ...override });
    expect(reply.status).toBe(400);
    expect(stsError(reply)).toMatchObject({ Code: 'ValidationError', Message: message });
  });

  it('names missing parameters and unknown actions', async () => {
    const noArn = await assumeAs(s.apiKey('blake'), { RoleSessionName: 'abc' });
    expect(stsError(noArn)).toMatchObject({
      Code: 'MissingParameter',
      Message: 'The request must contain the parameter RoleArn',
    });
    const noAction = await sts(server, { RoleArn: 'x' }, { bearer: s.apiKey('blake') });
    expect(noAction.status).toBe(400);
    expect(stsError(noAction).Code).toBe('MissingParameter');
    const unknown = await sts(
      server,
      { Action: 'GetCallerIdentity' },
      { bearer: s.apiKey('blake') },
    );
    expect(stsError(unknown)).toMatchObject({ Code: 'InvalidAction' });
  });

  it('answers XML, never JSON or HTML, to a body that is not form-encoded', async () => {
    for (const contentType of ['application/json', 'text/plain']) {
      const reply = await sts(
        server,
        {},
        { bearer: s.apiKey('blake'), body: '{"Action":"AssumeRole"}', contentType },
      );
      expect(reply.status).toBe(400);
      expect(reply.contentType).toMatch(/xml/);
      expect(stsError(reply).Code).toBe('ValidationError');
    }
  });

  it('gives an untrusted caller the plain AccessDenied message', async () => {
    const emil = s.userId('Emil Novak');
    const reply = await assumeAs(s.apiKey('emil'), base());
    expect(reply.status).toBe(403);
    expect(stsError(reply)).toMatchObject({
      Code: 'AccessDenied',
      Message: `User: arn:aws:iam::${s.orgId}:user/${emil} is not authorized to perform: sts:AssumeRole on resource: ${base().RoleArn}`,
    });
  });

  it('gives the same plain message for a missing role, an assignable role and another organization', async () => {
    const blake = s.apiKey('blake');
    const arns = [
      arn('3b0c8f1e-7a53-4e0b-9d7e-0c1f2a3b4c5d'),
      arn(s.roleId('Developer')),
      `arn:aws:iam::3b0c8f1e-7a53-4e0b-9d7e-0c1f2a3b4c5d:role/${s.roleId('Break-glass Administrator')}`,
    ];
    for (const roleArn of arns) {
      const reply = await assumeAs(blake, { RoleArn: roleArn, RoleSessionName: 'probe' });
      expect(reply.status).toBe(403);
      expect(stsError(reply).Message).toMatch(
        /^User: .* is not authorized to perform: sts:AssumeRole on resource: .*[^)]$/,
      );
      expect(stsError(reply).Message).not.toContain('because');
    }
  });
});
