import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../server/clock';
import { seeded } from '../server/testing/sts-test-kit';
import { startTestServer } from '../server/testing/test-support';
import type { TestServer } from '../server/testing/test-support';
import { REFRESH_MARGIN_MS } from './cache';
import { shellQuote } from './formats';

/**
 * The CLI as AWS tools run it — `node bin/vultr-iam-console.mjs …` in a child process — against
 * the embedded emulator on a real socket, its clock at the real now.
 */
const BIN = resolve(import.meta.dirname, '../../bin/vultr-iam-console.mjs');
const BREAK_GLASS = 'Break-glass Administrator';

let server: TestServer;
let s: ReturnType<typeof seeded>;
let work: string;
let cacheHome: string;
/** Every secret seen in the tests: none may ever appear on stderr. */
const secrets = new Set<string>();
const stderrs: string[] = [];

beforeAll(async () => {
  server = await startTestServer({ clock: new ManualClock(new Date()) });
  s = seeded(server);
  work = mkdtempSync(join(tmpdir(), 'cli-test-'));
  cacheHome = join(work, 'cache');
  for (const who of ['blake', 'devi', 'emil', 'ci']) secrets.add(s.apiKey(who));
});
afterAll(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

const arnOf = (role: string) => `arn:aws:iam::${s.orgId}:role/${s.roleId(role)}`;

/** A clean environment: no AWS settings of the machine, the cache in the test's directory. */
function envFor(extra: Record<string, string | undefined> = {}): Record<string, string> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? work,
    XDG_CACHE_HOME: cacheHome,
    VULTR_API_URL: server.baseUrl,
    VULTR_API_KEY: s.apiKey('blake'),
    AWS_CONFIG_FILE: join(work, 'aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_DEFAULT_REGION: 'us-east-1',
  };
  if (process.env.PYENV_ROOT) env.PYENV_ROOT = process.env.PYENV_ROOT;
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

function run(program: string, args: string[], env: Record<string, string>): Promise<Ran> {
  return new Promise((done) => {
    execFile(program, args, { env, timeout: 30_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      stderrs.push(stderr);
      done({ code, stdout, stderr });
    });
  });
}

const cli = (args: string[], extra: Record<string, string | undefined> = {}) =>
  run(process.execPath, [BIN, ...args], envFor(extra));

interface ProcessJson {
  Version: number;
  AccessKeyId: string;
  SecretAccessKey: string;
  SessionToken: string;
  Expiration: string;
}

async function credentialProcess(args: string[], extra: Record<string, string | undefined> = {}) {
  const ran = await cli(['credential-process', ...args], extra);
  expect(ran.stderr).toBe('');
  expect(ran.code).toBe(0);
  const out = JSON.parse(ran.stdout) as ProcessJson;
  secrets.add(out.SecretAccessKey).add(out.SessionToken);
  return out;
}

/** Blake's live sessions with this session name, as Vultr lists them per user. */
async function sessionsNamed(name: string): Promise<string[]> {
  const res = await server.v2(
    'GET',
    `/v2/assumed-roles/users/${s.userId('Blake Chen')}/sessions?per_page=500`,
  );
  const list = (res.json as { sessions: { session_name: string; session_token: string }[] })
    .sessions;
  return list.filter((x) => x.session_name === name).map((x) => x.session_token);
}

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((ok) => probe.listen(0, '127.0.0.1', ok));
  const { port } = probe.address() as AddressInfo;
  await new Promise((ok) => probe.close(ok));
  return port;
}

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
if (!HAS_AWS_CLI) console.log('skipping the AWS CLI checks of the CLI: `aws` is not on PATH');
if (!HAS_BOTO3) console.log('skipping the boto3 checks of the CLI: python3 with boto3 is missing');

describe('credential-process', () => {
  it('prints Version 1 credentials, caches them in a private file and reuses them', async () => {
    const first = await credentialProcess(['--role', BREAK_GLASS, '--session-name', 'cli-cache']);
    expect(first.Version).toBe(1);
    expect(first.SessionToken).toMatch(/^ars-/);
    expect(first.AccessKeyId).toMatch(/^\w{16,128}$/);
    expect(Date.parse(first.Expiration) - Date.now()).toBeGreaterThan(3500_000);
    expect(await sessionsNamed('cli-cache')).toEqual([first.SessionToken]);

    // The cache: a 0700 directory, one 0600 file named by a hash that holds no secret.
    const dir = join(cacheHome, 'vultr-iam-console');
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^[0-9a-f]{64}\.json$/);
    for (const secret of secrets) expect(files[0]).not.toContain(secret);
    expect(statSync(join(dir, files[0]!)).mode & 0o777).toBe(0o600);

    // Within the window: the same credentials (by name or by ARN alike), no new session.
    const again = await credentialProcess(['--role', BREAK_GLASS, '--session-name', 'cli-cache']);
    expect(again).toEqual(first);
    expect(await sessionsNamed('cli-cache')).toEqual([first.SessionToken]);
  });

  it('assumes again once under five minutes remain (the clock moved, or the entry says so)', async () => {
    const args = ['--role', arnOf(BREAK_GLASS), '--session-name', 'cli-refresh'];
    const first = await credentialProcess(args);
    // Six minutes before expiry: still cached.
    const early = new Date(Date.parse(first.Expiration) - REFRESH_MARGIN_MS - 60_000);
    expect(await credentialProcess(args, { VULTR_IAM_CONSOLE_NOW: early.toISOString() })).toEqual(
      first,
    );
    // Four minutes before expiry: a new session, which the cache then holds.
    const late = new Date(Date.parse(first.Expiration) - REFRESH_MARGIN_MS + 60_000);
    const second = await credentialProcess(args, { VULTR_IAM_CONSOLE_NOW: late.toISOString() });
    expect(second.SessionToken).not.toBe(first.SessionToken);
    expect(await credentialProcess(args)).toEqual(second);
    expect((await sessionsNamed('cli-refresh')).sort()).toEqual(
      [first.SessionToken, second.SessionToken].sort(),
    );

    // The entry itself says it expires in two minutes: assumed again.
    const dir = join(cacheHome, 'vultr-iam-console');
    const file = readdirSync(dir)
      .map((f) => join(dir, f))
      .find((f) => readFileSync(f, 'utf8').includes(second.SessionToken))!;
    const entry = JSON.parse(readFileSync(file, 'utf8')) as ProcessJson;
    entry.Expiration = new Date(Date.now() + 120_000).toISOString();
    writeFileSync(file, JSON.stringify(entry));
    const third = await credentialProcess(args);
    expect(third.SessionToken).not.toBe(second.SessionToken);
    expect(await sessionsNamed('cli-refresh')).toHaveLength(3);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('assumes with a web identity token file, read on every assume', async () => {
    const mint = async (body: Record<string, unknown> = {}) => {
      const res = await fetch(`${server.baseUrl}/oidc/dev/token`, {
        method: 'POST',
        headers: { authorization: `Bearer ${server.ownerKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ sub: 'cli-test', ...body }),
      });
      const token = ((await res.json()) as { token: string }).token;
      secrets.add(token);
      return token;
    };
    const tokenFile = join(work, 'token.jwt');
    writeFileSync(tokenFile, `${await mint()}\n`);
    const args = ['--role', arnOf('CI Deployer'), '--web-identity-token-file', tokenFile];
    const out = await credentialProcess(args, { VULTR_API_KEY: undefined });
    expect(out.SessionToken).toMatch(/^ars-/);

    // An expired token in the file, once the cached credentials are due: a clear error.
    writeFileSync(tokenFile, await mint({ ttl_seconds: -300 }));
    const due = new Date(Date.parse(out.Expiration) - 60_000).toISOString();
    const expired = await cli(['credential-process', ...args], {
      VULTR_API_KEY: undefined,
      VULTR_IAM_CONSOLE_NOW: due,
    });
    expect(expired.code).not.toBe(0);
    expect(expired.stdout).toBe('');
    expect(expired.stderr).toContain(`the web identity token in ${tokenFile} has expired`);
    expect(expired.stderr).toContain('ExpiredTokenException');
  });
});

describe('refusals are clear, on stderr only, and exit non-zero', () => {
  it('a role the caller is denied: AccessDenied with the condition that failed', async () => {
    // Devi reaches On-call Responder through the On-call group, but not from this address.
    const denied = await cli(['credential-process', '--role', 'On-call Responder'], {
      VULTR_API_KEY: s.apiKey('devi'),
    });
    expect(denied.code).toBe(1);
    expect(denied.stdout).toBe('');
    expect(denied.stderr).toMatch(/^vultr-iam-console: AccessDenied: User: .* because .+/);
    expect(denied.stderr).toMatch(/ip|address|time|day/i);

    const untrusted = await cli(['exec', '--role', arnOf(BREAK_GLASS), '--', 'true'], {
      VULTR_API_KEY: s.apiKey('emil'),
    });
    expect(untrusted.code).toBe(1);
    expect(untrusted.stdout).toBe('');
    expect(untrusted.stderr).toContain('AccessDenied');
    expect(untrusted.stderr).toContain(arnOf(BREAK_GLASS));
  });

  it('an unknown role name lists the close ones', async () => {
    const ran = await cli(['credential-process', '--role', 'Brake-glass Administrator']);
    expect(ran.code).toBe(1);
    expect(ran.stdout).toBe('');
    expect(ran.stderr).toContain(
      'unknown role "Brake-glass Administrator". Did you mean "Break-glass Administrator"?',
    );
  });

  it('a missing key, a refused key, an unreachable endpoint, a bad command line', async () => {
    const missing = await cli(['credential-process', '--role', BREAK_GLASS], {
      VULTR_API_KEY: undefined,
    });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('VULTR_API_KEY is not set');

    const refused = await cli(['credential-process', '--role', arnOf(BREAK_GLASS)], {
      VULTR_API_KEY: 'NOTAKEY0123456789ABCDEFGHIJKLMNOPQRST',
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('refused VULTR_API_KEY');
    expect(refused.stderr).not.toContain('NOTAKEY0123456789ABCDEFGHIJKLMNOPQRST');

    const closed = await closedPort();
    const unreachable = await cli(['credential-process', '--role', BREAK_GLASS], {
      VULTR_API_URL: `http://127.0.0.1:${closed}`,
    });
    expect(unreachable.code).toBe(1);
    expect(unreachable.stdout).toBe('');
    expect(unreachable.stderr).toContain(`cannot reach http://127.0.0.1:${closed}/v2/`);
    expect(unreachable.stderr).toContain('(ECONNREFUSED)');

    const usage = await cli(['export', '--role', BREAK_GLASS, '--format', 'yaml']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--format must be one of env, fish, powershell, json, ini');
    expect(usage.stdout).toBe('');
  });
});

describe('exec and export', () => {
  it('exec runs the command with the role in its environment and passes its exit status', async () => {
    const show = `process.stdout.write(JSON.stringify(Object.fromEntries(['AWS_ACCESS_KEY_ID','AWS_SECRET_ACCESS_KEY','AWS_SESSION_TOKEN','AWS_CREDENTIAL_EXPIRATION','VULTR_API_KEY','AWS_PROFILE'].map((k) => [k, process.env[k] ?? null]))))`;
    const args = ['--role', BREAK_GLASS, '--session-name', 'cli-exec'];
    const ran = await cli(['exec', ...args, '--', process.execPath, '-e', show], {
      AWS_PROFILE: 'someone-else',
    });
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    const creds = await credentialProcess(args);
    expect(JSON.parse(ran.stdout)).toEqual({
      AWS_ACCESS_KEY_ID: creds.AccessKeyId,
      AWS_SECRET_ACCESS_KEY: creds.SecretAccessKey,
      AWS_SESSION_TOKEN: creds.SessionToken,
      AWS_CREDENTIAL_EXPIRATION: creds.Expiration,
      VULTR_API_KEY: creds.SessionToken,
      AWS_PROFILE: null,
    });
    // The token works against the Vultr API as the role's session.
    expect((await server.v2('GET', '/v2/roles', { token: creds.SessionToken })).status).toBe(200);

    const failed = await cli(['exec', ...args, '--', process.execPath, '-e', 'process.exit(7)']);
    expect(failed.code).toBe(7);
    const missing = await cli(['exec', ...args, '--', 'no-such-command-here']);
    expect(missing.code).toBe(127);
    expect(missing.stderr).toContain('command not found: no-such-command-here');
  });

  it('export prints the credentials for each shell, as JSON and as an ini profile', async () => {
    const args = ['--role', BREAK_GLASS, '--session-name', 'cli-export'];
    const creds = await credentialProcess(args);
    const as = async (format: string) => {
      const ran = await cli(['export', ...args, '--format', format]);
      expect(ran.stderr).toBe('');
      return ran.stdout;
    };
    expect(await as('env')).toContain(`export AWS_SESSION_TOKEN=${creds.SessionToken}\n`);
    expect(await as('fish')).toContain(`set -gx AWS_SESSION_TOKEN '${creds.SessionToken}'\n`);
    expect(await as('powershell')).toContain(`$Env:VULTR_API_KEY = '${creds.SessionToken}'\n`);
    expect(JSON.parse(await as('json'))).toEqual(creds);
    expect(await as('ini')).toBe(
      [
        '[vultr-break-glass-administrator]',
        `aws_access_key_id = ${creds.AccessKeyId}`,
        `aws_secret_access_key = ${creds.SecretAccessKey}`,
        `aws_session_token = ${creds.SessionToken}`,
        '',
      ].join('\n'),
    );
    expect(await sessionsNamed('cli-export')).toHaveLength(1);
  });
});

describe('profiles, read by real AWS clients', () => {
  const command = `node ${shellQuote(BIN)}`;
  let profile: string;

  beforeAll(async () => {
    const ran = await cli(['profiles', '--command', command, '--session-name', 'cli-aws']);
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    writeFileSync(join(work, 'aws-config'), ran.stdout);
    profile = ran.stdout;
  });

  it('prints a credential_process profile for each role the caller may assume', () => {
    // Blake: Break-glass through a trust naming him, Weekend Maintenance through his group.
    expect(profile).toContain(
      [
        `# ${BREAK_GLASS}`,
        '[profile vultr-break-glass-administrator]',
        `credential_process = ${command} credential-process --role ${arnOf(BREAK_GLASS)} --endpoint ${server.baseUrl} --session-name cli-aws`,
      ].join('\n'),
    );
    expect(profile).toContain('[profile vultr-weekend-maintenance]');
    expect(profile).not.toContain('On-call');
    expect(profile).not.toContain('[profile vultr-developer]');
  });

  it.skipIf(!HAS_BOTO3)(
    'boto3 gets ars- credentials through the profile, from the cache the second time',
    async () => {
      const script = `
import json, sys, boto3
c = boto3.Session(profile_name=sys.argv[1]).get_credentials().get_frozen_credentials()
print(json.dumps({'key': c.access_key, 'token': c.token}))
`;
      const get = async () => {
        const ran = await run(
          'python3',
          ['-c', script, 'vultr-break-glass-administrator'],
          envFor(),
        );
        expect(ran.code, ran.stderr).toBe(0);
        return JSON.parse(ran.stdout) as { key: string; token: string };
      };
      const first = await get();
      expect(first.token).toMatch(/^ars-/);
      const second = await get();
      expect(second).toEqual(first);
      expect(await sessionsNamed('cli-aws')).toEqual([first.token]);
    },
    30_000,
  );

  it.skipIf(!HAS_AWS_CLI)(
    'the AWS CLI lists the profile as custom-process and signs with its credentials',
    async () => {
      const list = await run(
        'aws',
        ['configure', 'list', '--profile', 'vultr-break-glass-administrator'],
        envFor(),
      );
      expect(list.code, list.stderr).toBe(0);
      const creds = await credentialProcess([
        '--role',
        arnOf(BREAK_GLASS),
        '--endpoint',
        server.baseUrl,
        '--session-name',
        'cli-aws',
      ]);
      expect(list.stdout).toMatch(
        new RegExp(`access_key\\s+\\*+${creds.AccessKeyId.slice(-4)}\\s+custom-process`),
      );

      // A real call: the AWS CLI signs with the process credentials and sends the session token.
      const seen: { authorization?: string; token?: string }[] = [];
      const recorder: Server = createServer((req, res) => {
        seen.push({
          authorization: req.headers.authorization,
          token: req.headers['x-amz-security-token'] as string | undefined,
        });
        res.writeHead(200, { 'content-type': 'text/xml' });
        res.end(
          '<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:sts::1:assumed-role/r/s</Arn><UserId>u</UserId><Account>1</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetCallerIdentityResponse>',
        );
      });
      await new Promise<void>((ok) => recorder.listen(0, '127.0.0.1', ok));
      const port = (recorder.address() as AddressInfo).port;
      try {
        const call = await run(
          'aws',
          [
            'sts',
            'get-caller-identity',
            '--profile',
            'vultr-break-glass-administrator',
            '--endpoint-url',
            `http://127.0.0.1:${port}`,
          ],
          envFor(),
        );
        expect(call.code, call.stderr).toBe(0);
      } finally {
        recorder.close();
      }
      expect(seen[0]?.authorization).toContain(`Credential=${creds.AccessKeyId}/`);
      expect(seen[0]?.token).toBe(creds.SessionToken);
      // boto3, the AWS CLI and the direct call all used one session.
      expect(await sessionsNamed('cli-aws')).toEqual([creds.SessionToken]);
    },
    30_000,
  );
});

describe('secrets', () => {
  it('never reach stderr', () => {
    expect(stderrs.length).toBeGreaterThan(10);
    for (const err of stderrs) for (const secret of secrets) expect(err).not.toContain(secret);
  });
});
