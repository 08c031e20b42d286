import {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  ExpiredTokenException,
  InvalidIdentityTokenException,
  STSClient,
  STSServiceException,
} from '@aws-sdk/client-sts';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../clock';
import { useTestServer } from '../../testing/test-support';
import { seeded } from '../../testing/sts-test-kit';

/** Real AWS clients against the emulator's STS endpoint, on a real socket, the clock set to now. */
const run = promisify(execFile);
const server = useTestServer({ clock: new ManualClock(new Date()) });
let s: ReturnType<typeof seeded>;
let endpoint: string;

beforeAll(() => {
  s = seeded(server);
  endpoint = `${server.baseUrl}/v2/assumed-roles/compatibility/aws/sts`;
});

const arnOf = (role: string) => `arn:aws:iam::${s.orgId}:role/${s.roleId(role)}`;

async function mint(body: Record<string, unknown> = {}): Promise<string> {
  const res = await fetch(`${server.baseUrl}/oidc/dev/token`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.ownerKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ sub: 'interop', ...body }),
  });
  return ((await res.json()) as { token: string }).token;
}

/** An STS client that sends `Authorization: Bearer <key>` instead of its SigV4 signature. */
function bearerClient(apiKey: string | null) {
  const client = new STSClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'unused', secretAccessKey: 'unused' },
    maxAttempts: 1,
  });
  if (apiKey) {
    client.middlewareStack.add(
      (next) => async (args) => {
        const request = args.request as { headers: Record<string, string> };
        request.headers.authorization = `Bearer ${apiKey}`;
        return next(args);
      },
      { step: 'finalizeRequest', priority: 'low', name: 'vultrBearer' },
    );
  }
  return client;
}

describe('@aws-sdk/client-sts', () => {
  it('AssumeRole: credentials parse and Expiration is a date', async () => {
    const out = await bearerClient(s.apiKey('blake')).send(
      new AssumeRoleCommand({
        RoleArn: arnOf('Break-glass Administrator'),
        RoleSessionName: 'sdk',
        DurationSeconds: 900,
      }),
    );
    expect(out.Credentials?.SessionToken).toMatch(/^ars-/);
    expect(out.Credentials?.Expiration).toBeInstanceOf(Date);
    expect(out.Credentials!.Expiration!.getTime() - Date.now()).toBeGreaterThan(880_000);
    expect(out.AssumedRoleUser?.Arn).toContain(':assumed-role/Break-glass Administrator/sdk');
    expect(out.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
    // The session token is a Vultr Bearer token.
    expect(
      (await server.v2('GET', '/v2/roles', { token: out.Credentials!.SessionToken! })).status,
    ).toBe(200);
  });

  it('AssumeRole: AccessDenied arrives as an STSServiceException named AccessDenied', async () => {
    const error = await bearerClient(s.apiKey('emil'))
      .send(
        new AssumeRoleCommand({
          RoleArn: arnOf('Break-glass Administrator'),
          RoleSessionName: 'sdk',
        }),
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(STSServiceException);
    expect((error as STSServiceException).name).toBe('AccessDenied');
    expect((error as STSServiceException).$metadata.httpStatusCode).toBe(403);
  });

  it('AssumeRoleWithWebIdentity (unsigned): credentials and the token subject', async () => {
    const out = await bearerClient(null).send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: arnOf('CI Deployer'),
        RoleSessionName: 'sdk-oidc',
        WebIdentityToken: await mint(),
      }),
    );
    expect(out.Credentials?.Expiration).toBeInstanceOf(Date);
    expect(out.SubjectFromWebIdentityToken).toBe('interop');
    expect(out.Audience).toBe('vultr');
  });

  it('typed exceptions for expired and invalid tokens', async () => {
    const send = async (token: string) =>
      bearerClient(null)
        .send(
          new AssumeRoleWithWebIdentityCommand({
            RoleArn: arnOf('CI Deployer'),
            RoleSessionName: 'sdk',
            WebIdentityToken: token,
          }),
        )
        .catch((e: unknown) => e);
    expect(await send(await mint({ ttl_seconds: -300 }))).toBeInstanceOf(ExpiredTokenException);
    expect(await send('not-a-jwt-at-all')).toBeInstanceOf(InvalidIdentityTokenException);
  });
});

function available(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const HAS_AWS_CLI = available('aws', ['--version']);
const HAS_BOTO3 = available('python3', ['-c', 'import boto3']);
if (!HAS_AWS_CLI) console.log('skipping AWS CLI interop tests: `aws` is not on PATH');
if (!HAS_BOTO3) console.log('skipping boto3 interop tests: python3 with boto3 is not available');

const awsEnv = {
  ...process.env,
  AWS_ACCESS_KEY_ID: 'unused',
  AWS_SECRET_ACCESS_KEY: 'unused',
  AWS_DEFAULT_REGION: 'us-east-1',
  AWS_CONFIG_FILE: '/dev/null',
  AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
};

describe.skipIf(!HAS_AWS_CLI)('AWS CLI', () => {
  const cli = (token: string) =>
    run(
      'aws',
      [
        'sts',
        'assume-role-with-web-identity',
        '--endpoint-url',
        endpoint,
        '--role-arn',
        arnOf('CI Deployer'),
        '--role-session-name',
        'cli',
        '--web-identity-token',
        token,
        '--output',
        'json',
      ],
      { env: awsEnv },
    );

  it('assume-role-with-web-identity prints credentials', async () => {
    const { stdout } = await cli(await mint());
    const out = JSON.parse(stdout) as { Credentials: { SessionToken: string; Expiration: string } };
    expect(out.Credentials.SessionToken).toMatch(/^ars-/);
    expect(Number.isNaN(Date.parse(out.Credentials.Expiration))).toBe(false);
  }, 30_000);

  it('an expired token prints ExpiredTokenException', async () => {
    const error = (await cli(await mint({ ttl_seconds: -300 })).catch((e: unknown) => e)) as {
      stderr: string;
      code: number;
    };
    expect(error.code).not.toBe(0);
    expect(error.stderr).toContain('ExpiredTokenException');
  }, 30_000);
});

describe.skipIf(!HAS_BOTO3)('boto3', () => {
  it('AssumeRole with a before-send hook that sets the Bearer header; AccessDenied is a ClientError', async () => {
    const script = `
import json, sys, boto3, botocore
endpoint, arn, good, bad = sys.argv[1:5]
def client(key):
    c = boto3.client('sts', endpoint_url=endpoint, region_name='us-east-1', aws_access_key_id='x', aws_secret_access_key='x')
    def bearer(request, **kwargs):
        request.headers['Authorization'] = 'Bearer ' + key
    c.meta.events.register('before-send.sts.AssumeRole', bearer)
    return c
out = client(good).assume_role(RoleArn=arn, RoleSessionName='boto')
try:
    client(bad).assume_role(RoleArn=arn, RoleSessionName='boto')
    code = None
except botocore.exceptions.ClientError as e:
    code = e.response['Error']['Code']
print(json.dumps({'token': out['Credentials']['SessionToken'], 'expiration': out['Credentials']['Expiration'].isoformat(), 'request_id': out['ResponseMetadata']['RequestId'], 'denied': code}))
`;
    const { stdout } = await run(
      'python3',
      [
        '-c',
        script,
        endpoint,
        arnOf('Break-glass Administrator'),
        s.apiKey('blake'),
        s.apiKey('emil'),
      ],
      { env: awsEnv },
    );
    const out = JSON.parse(stdout) as {
      token: string;
      expiration: string;
      request_id: string;
      denied: string;
    };
    expect(out.token).toMatch(/^ars-/);
    expect(out.expiration).toMatch(/\+00:00$/);
    expect(out.request_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(out.denied).toBe('AccessDenied');
  }, 30_000);
});
