import { describe, expect, it } from 'vitest';
import { flag, parseArgs, withValue } from './args';
import { durationOf, sessionNameOf } from './assume-flow';
import { defaultSessionName } from './credentials';
import { redact, UsageError } from './errors';
import { roleEnvironment } from './exec';
import {
  configProfile,
  exportAs,
  fishQuote,
  powershellQuote,
  profileName,
  shellQuote,
} from './formats';
import { commonMember } from './caller';
import { uniqueProfileNames } from './profiles';
import { closeNames } from './names';
import { findRoleByName } from './roles';
import type { Role } from '../shared/schemas/role';
import { endpointOf } from './settings';

const creds = {
  AccessKeyId: 'ASIAEXAMPLE1234567',
  SecretAccessKey: "se'cret$key",
  SessionToken: 'ars-token_0123',
  Expiration: '2026-11-22T16:35:44Z',
};

describe('command line', () => {
  const specs = [withValue('role'), flag('help')];
  it('reads --name value, --name=value, flags and what follows --', () => {
    expect(parseArgs(['--role', 'a b', '--help', '--', 'aws', '--role'], specs, 'exec')).toEqual({
      options: { role: 'a b', help: 'true' },
      positional: [],
      rest: ['aws', '--role'],
    });
    expect(parseArgs(['--role=x=y'], specs, 'exec').options.role).toBe('x=y');
  });

  it('refuses unknown options, missing values and values on flags', () => {
    expect(() => parseArgs(['--rol', 'x'], specs, 'exec')).toThrow('unknown option --rol');
    expect(() => parseArgs(['--role'], specs, 'exec')).toThrow('--role needs a value');
    expect(() => parseArgs(['--help=1'], specs, 'exec')).toThrow(UsageError);
  });

  it('checks session names and durations with the shared rules', () => {
    expect(sessionNameOf('ci.run-7', 'x')).toBe('ci.run-7');
    expect(() => sessionNameOf('has space', 'x')).toThrow(/--session-name may contain only/);
    expect(sessionNameOf(defaultSessionName(), 'x')).toMatch(/^vultr-iam-console[\w+=,.@-]*$/);
    expect(durationOf('900', 'x')).toBe(900);
    expect(durationOf(undefined, 'x')).toBeUndefined();
    expect(() => durationOf('60', 'x')).toThrow(/between 900 and 43200/);
    expect(() => durationOf('1h', 'x')).toThrow(/whole number/);
  });

  it('takes the endpoint with or without /v2 and a trailing slash', () => {
    expect(endpointOf(undefined, {})).toBe('https://api.vultr.com');
    expect(endpointOf(undefined, { VULTR_API_URL: 'http://127.0.0.1:8080/v2/' })).toBe(
      'http://127.0.0.1:8080',
    );
    expect(endpointOf('https://example.test/', {})).toBe('https://example.test');
    expect(() => endpointOf('ftp://x', {})).toThrow(/http or https/);
  });
});

describe('formats', () => {
  it('quotes for POSIX shells, fish and PowerShell', () => {
    expect(shellQuote('arn:aws:iam::o:role/r')).toBe('arn:aws:iam::o:role/r');
    expect(shellQuote("/a dir/it's")).toBe(`'/a dir/it'\\''s'`);
    expect(fishQuote("a'b\\c")).toBe(`'a\\'b\\\\c'`);
    expect(powershellQuote("a'b")).toBe(`'a''b'`);
  });

  it('exports the four AWS variables and the token as VULTR_API_KEY', () => {
    expect(exportAs('env', creds, 'Deployer').split('\n')).toEqual([
      'export AWS_ACCESS_KEY_ID=ASIAEXAMPLE1234567',
      `export AWS_SECRET_ACCESS_KEY='se'\\''cret$key'`,
      'export AWS_SESSION_TOKEN=ars-token_0123',
      'export AWS_CREDENTIAL_EXPIRATION=2026-11-22T16:35:44Z',
      'export VULTR_API_KEY=ars-token_0123',
    ]);
    expect(exportAs('fish', creds, 'x')).toContain(`set -gx AWS_SECRET_ACCESS_KEY 'se\\'cret$key'`);
    expect(exportAs('powershell', creds, 'x')).toContain(
      `$Env:AWS_SECRET_ACCESS_KEY = 'se''cret$key'`,
    );
    expect(JSON.parse(exportAs('json', creds, 'x'))).toEqual({ Version: 1, ...creds });
    expect(exportAs('ini', creds, 'Break-glass Administrator')).toBe(
      [
        '[vultr-break-glass-administrator]',
        'aws_access_key_id = ASIAEXAMPLE1234567',
        "aws_secret_access_key = se'cret$key",
        'aws_session_token = ars-token_0123',
      ].join('\n'),
    );
  });

  it('writes a config profile whose credential_process quotes what needs it', () => {
    expect(
      configProfile(profileName('CI Deployer'), "node '/opt/my tools/vultr-iam-console.mjs'", {
        roleName: 'CI Deployer',
        roleArn: 'arn:aws:iam::org:role/id',
        endpoint: 'http://127.0.0.1:8080',
        sessionName: 'ci',
      }),
    ).toBe(
      [
        '[profile vultr-ci-deployer]',
        "credential_process = node '/opt/my tools/vultr-iam-console.mjs' credential-process --role arn:aws:iam::org:role/id --endpoint http://127.0.0.1:8080 --session-name ci",
      ].join('\n'),
    );
  });

  it('gives roles whose names slug alike distinct profile names', () => {
    expect(
      uniqueProfileNames([
        { id: 'aaaaaaaa-1', name: 'Deploy' },
        { id: 'bbbbbbbb-2', name: 'deploy!' },
        { id: 'cccccccc-3', name: 'Other' },
      ]),
    ).toEqual(['vultr-deploy-aaaaaaaa', 'vultr-deploy-bbbbbbbb', 'vultr-other']);
  });
});

describe('roles and callers', () => {
  const role = (id: string, name: string, role_type = 'assumable'): Role => ({
    id,
    name,
    role_type,
    description: '',
    max_session_duration: 3600,
    policies: [],
    date_created: '',
  });
  const roles = [
    role('1', 'Break-glass Administrator'),
    role('2', 'CI Deployer'),
    role('3', 'Developer', 'assignable'),
  ];

  it('finds a role by name, exactly or ignoring case', () => {
    expect(findRoleByName('CI Deployer', roles).id).toBe('2');
    expect(findRoleByName('ci deployer', roles).id).toBe('2');
  });

  it('names close assumable roles when the name is unknown', () => {
    expect(() => findRoleByName('Brake-glass Administrator', roles)).toThrow(
      'unknown role "Brake-glass Administrator". Did you mean "Break-glass Administrator"?',
    );
    expect(() => findRoleByName('zzzzzzzzzzzzzz', roles)).toThrow(
      /Assumable roles: "Break-glass Administrator", "CI Deployer"\.$/,
    );
    expect(closeNames('deployer', ['CI Deployer', 'Developer', 'Nightly Batch'])).toEqual([
      'CI Deployer',
      'Developer',
    ]);
  });

  it('works the caller out as the one member every group of the key has', () => {
    const g = (id: string, ...members: string[]) => ({
      id,
      members: members.map((m) => ({ id: m })),
    });
    expect(commonMember([g('a', 'u1', 'u2'), g('b', 'u2', 'u3')])).toBe('u2');
    expect(commonMember([g('a', 'u1', 'u2'), g('b')])).toBeNull();
    expect(commonMember([g('a', 'u1'), g('b', 'u2')])).toBeNull();
    expect(commonMember([])).toBeNull();
  });
});

describe('secrets', () => {
  it('scrubs known secrets from text bound for stderr', () => {
    expect(redact('key ABCDEFGH refused, token ars-xyz1', ['ABCDEFGH', 'ars-xyz1', ''])).toBe(
      'key [redacted] refused, token [redacted]',
    );
  });

  it('runs commands as the role without the AWS profile variables', () => {
    const env = roleEnvironment({ PATH: '/bin', AWS_PROFILE: 'p', VULTR_API_KEY: 'k' }, creds);
    expect(env).toEqual({
      PATH: '/bin',
      AWS_ACCESS_KEY_ID: creds.AccessKeyId,
      AWS_SECRET_ACCESS_KEY: creds.SecretAccessKey,
      AWS_SESSION_TOKEN: creds.SessionToken,
      AWS_CREDENTIAL_EXPIRATION: creds.Expiration,
      VULTR_API_KEY: creds.SessionToken,
    });
  });
});
