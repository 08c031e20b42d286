import { describe, expect, it } from 'vitest';
import {
  bearerHeader,
  cliConfigProfile,
  cliExecLine,
  cliRoleOf,
  credentialProcessJson,
  credentialsFileProfile,
  credentialsOf,
  envExports,
  formatXml,
  mask,
  maskCredentials,
  maskXml,
  profileName,
  shellQuote,
} from './exports';

const creds = {
  accessKeyId: 'ASIAEXAMPLE1234567',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  sessionToken: 'ars-0123456789abcdefghijklmnopqrstuvwxyz_-AB',
  expiration: '2026-11-22T16:35:44Z',
};

describe('credential exports', () => {
  it('env exports name the four AWS variables, quoting only what needs it', () => {
    expect(envExports(creds)).toBe(
      [
        'export AWS_ACCESS_KEY_ID=ASIAEXAMPLE1234567',
        'export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        'export AWS_SESSION_TOKEN=ars-0123456789abcdefghijklmnopqrstuvwxyz_-AB',
        'export AWS_CREDENTIAL_EXPIRATION=2026-11-22T16:35:44Z',
      ].join('\n'),
    );
  });

  it('shell-quotes values with spaces, quotes or shell syntax', () => {
    expect(shellQuote('plain-value_1.2')).toBe('plain-value_1.2');
    expect(shellQuote('a b')).toBe(`'a b'`);
    expect(shellQuote(`it's $HOME`)).toBe(`'it'\\''s $HOME'`);
  });

  it('writes a ~/.aws/credentials profile', () => {
    expect(credentialsFileProfile(creds, 'vultr-oncall')).toBe(
      [
        '[vultr-oncall]',
        'aws_access_key_id = ASIAEXAMPLE1234567',
        'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        'aws_session_token = ars-0123456789abcdefghijklmnopqrstuvwxyz_-AB',
      ].join('\n'),
    );
  });

  it('names profiles after the role', () => {
    expect(profileName('Break-glass Administrator')).toBe('vultr-break-glass-administrator');
    expect(profileName('  On-call Responder!! ')).toBe('vultr-on-call-responder');
    expect(profileName('!!!')).toBe('vultr-session');
    expect(profileName(undefined)).toBe('vultr-session');
  });

  it('prints credential_process JSON with Version 1 and the expiration', () => {
    expect(JSON.parse(credentialProcessJson(creds))).toEqual({
      Version: 1,
      AccessKeyId: creds.accessKeyId,
      SecretAccessKey: creds.secretAccessKey,
      SessionToken: creds.sessionToken,
      Expiration: creds.expiration,
    });
  });

  it('gives the session token as a Vultr Bearer header', () => {
    expect(bearerHeader(creds)).toBe(`Authorization: Bearer ${creds.sessionToken}`);
  });

  it('reads the proxy reply into the four values', () => {
    expect(
      credentialsOf({
        action: 'AssumeRole',
        credentials: {
          access_key_id: 'A',
          secret_access_key: 'S',
          session_token: 'T',
          expiration: 'E',
        },
        assumed_role_user: { arn: '', assumed_role_id: '' },
        request_id: 'r',
        raw_xml: '',
      }),
    ).toEqual({ accessKeyId: 'A', secretAccessKey: 'S', sessionToken: 'T', expiration: 'E' });
  });
});

describe('masking', () => {
  it('keeps only the last four characters of a secret', () => {
    expect(mask(creds.secretAccessKey)).toBe('••••••••••••••••EKEY');
    expect(mask('short')).toBe('••••••••');
    expect(mask(creds.secretAccessKey)).not.toContain('wJalr');
  });

  it('masks the secret key and the token, not the key id or expiration', () => {
    const masked = maskCredentials(creds);
    expect(masked.accessKeyId).toBe(creds.accessKeyId);
    expect(masked.expiration).toBe(creds.expiration);
    expect(masked.secretAccessKey).toBe(mask(creds.secretAccessKey));
    expect(masked.sessionToken).toBe(mask(creds.sessionToken));
    expect(envExports(masked)).not.toContain(creds.sessionToken);
  });

  it('masks secrets in the raw XML, plain or escaped', () => {
    const xml = `<Credentials><SecretAccessKey>${creds.secretAccessKey}</SecretAccessKey><SessionToken>a&amp;b-token</SessionToken><AccessKeyId>${creds.accessKeyId}</AccessKeyId></Credentials>`;
    const out = maskXml(xml, [creds.secretAccessKey, 'a&b-token', '']);
    expect(out).not.toContain(creds.secretAccessKey);
    expect(out).not.toContain('a&amp;b-token');
    expect(out).toContain(`<SecretAccessKey>${mask(creds.secretAccessKey)}</SecretAccessKey>`);
    expect(out).toContain(creds.accessKeyId);
  });
});

describe('formatXml', () => {
  it('puts one element per line, leaves on one line, nested ones indented', () => {
    const xml =
      '<?xml version="1.0"?><R xmlns="x"><Result><Id>a&amp;b</Id><Empty/></Result>\n  <Meta><RequestId>r</RequestId></Meta></R>';
    expect(formatXml(xml)).toBe(
      [
        '<?xml version="1.0"?>',
        '<R xmlns="x">',
        '  <Result>',
        '    <Id>a&amp;b</Id>',
        '    <Empty/>',
        '  </Result>',
        '  <Meta>',
        '    <RequestId>r</RequestId>',
        '  </Meta>',
        '</R>',
      ].join('\n'),
    );
  });

  it('survives text it cannot structure', () => {
    expect(formatXml('not xml')).toBe('not xml');
    expect(formatXml('')).toBe('');
  });
});

describe('the command-line companion', () => {
  const arn =
    'arn:aws:iam::0b5e1a2c-0000-4000-8000-000000000001:role/7d1e2f3a-0000-4000-8000-000000000002';
  const response = {
    action: 'AssumeRole' as const,
    credentials: {
      access_key_id: creds.accessKeyId,
      secret_access_key: creds.secretAccessKey,
      session_token: creds.sessionToken,
      expiration: creds.expiration,
    },
    assumed_role_user: {
      arn: 'arn:aws:sts::0b5e1a2c-0000-4000-8000-000000000001:assumed-role/Deployer/laptop',
      assumed_role_id: 'x:laptop',
    },
    request_id: 'r',
    raw_xml: '',
  };

  it('offers a ~/.aws/config profile whose credential_process calls the CLI with the role ARN', () => {
    const role = cliRoleOf({
      request: { action: 'AssumeRole', role_arn: arn, session_name: 'laptop' },
      response,
    })!;
    expect(cliConfigProfile(role, 'vultr-deployer')).toBe(
      [
        '[profile vultr-deployer]',
        `credential_process = vultr-iam-console credential-process --role ${arn} --session-name laptop`,
      ].join('\n'),
    );
    expect(cliExecLine(role)).toBe(
      `npx vultr-iam-console exec --role ${arn} --session-name laptop -- vultr-cli account`,
    );
  });

  it('repeats the duration and names a non-default API, quoting what needs it; never a secret', () => {
    const role = cliRoleOf(
      {
        request: {
          action: 'AssumeRole',
          role_arn: arn,
          session_name: 'ci',
          duration_seconds: 900,
        },
        response,
      },
      'http://127.0.0.1:8080',
    )!;
    const profile = cliConfigProfile(role, 'p');
    expect(profile).toContain('--endpoint http://127.0.0.1:8080 --session-name ci --duration 900');
    for (const secret of [creds.secretAccessKey, creds.sessionToken, creds.accessKeyId]) {
      expect(profile).not.toContain(secret);
      expect(cliExecLine(role)).not.toContain(secret);
    }
    expect(cliConfigProfile({ ...role, apiUrl: 'https://api.vultr.com/' }, 'p')).not.toContain(
      '--endpoint',
    );
    expect(cliExecLine({ roleArn: 'On-call Responder' })).toBe(
      "npx vultr-iam-console exec --role 'On-call Responder' -- vultr-cli account",
    );
  });

  it('builds the ARN from the role id and the organization STS named, else falls back to the name', () => {
    expect(
      cliRoleOf({
        request: {
          action: 'AssumeRole',
          role_id: '7d1e2f3a-0000-4000-8000-000000000002',
          session_name: 'x',
        },
        response,
      })?.roleArn,
    ).toBe(arn);
    expect(
      cliRoleOf({
        request: {
          action: 'AssumeRole',
          role_id: '7d1e2f3a-0000-4000-8000-000000000002',
          session_name: 'x',
        },
        response: { ...response, assumed_role_user: { arn: '', assumed_role_id: '' } },
        roleName: 'Deployer',
      })?.roleArn,
    ).toBe('Deployer');
  });
});
