import { describe, expect, it } from 'vitest';
import { mask } from './exports';
import { curlCommand, requestRoleArn, stsEndpoint, stsFormFields } from './sts-request';

const ORG = '11111111-2222-4333-8444-555555555555';
const ROLE = '66666666-7777-4888-9999-000000000000';
const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvIn0.c2lnbmF0dXJlLXRoYXQtaXMtbG9uZw';

describe('the STS endpoint', () => {
  it('is this server in embedded mode and the upstream in live mode', () => {
    expect(stsEndpoint('embedded', 'http://127.0.0.1:8080', '127.0.0.1:8080')).toBe(
      'http://127.0.0.1:8080/v2/assumed-roles/compatibility/aws/sts',
    );
    expect(stsEndpoint('live', 'http://127.0.0.1:8080', 'api.vultr.com')).toBe(
      'https://api.vultr.com/v2/assumed-roles/compatibility/aws/sts',
    );
    expect(stsEndpoint('live', 'http://127.0.0.1:8080', '127.0.0.1:9999')).toBe(
      'http://127.0.0.1:9999/v2/assumed-roles/compatibility/aws/sts',
    );
  });
});

describe('the STS request', () => {
  it('uses the ARN as given, or builds it from the role id', () => {
    const arn = `arn:aws:iam::${ORG}:role/${ROLE}`;
    expect(requestRoleArn({ action: 'AssumeRole', role_arn: arn, session_name: 'ab' })).toBe(arn);
    expect(requestRoleArn({ action: 'AssumeRole', role_id: ROLE, session_name: 'ab' }, ORG)).toBe(
      arn,
    );
  });

  it('lists the form fields in AWS order, with the token only for web identity', () => {
    expect(
      stsFormFields(
        { action: 'AssumeRole', role_id: ROLE, session_name: 'ci', duration_seconds: 900 },
        ORG,
      ),
    ).toEqual([
      ['Action', 'AssumeRole'],
      ['Version', '2011-06-15'],
      ['RoleArn', `arn:aws:iam::${ORG}:role/${ROLE}`],
      ['RoleSessionName', 'ci'],
      ['DurationSeconds', '900'],
    ]);
  });

  it('writes AssumeRole as curl with the key from the environment, never a key value', () => {
    const curl = curlCommand({
      target: {
        endpoint: 'https://api.vultr.com/v2/assumed-roles/compatibility/aws/sts',
        organizationId: ORG,
      },
      request: { action: 'AssumeRole', role_id: ROLE, session_name: 'my.session' },
      reveal: false,
    });
    expect(curl).toBe(
      [
        'curl -sS -X POST https://api.vultr.com/v2/assumed-roles/compatibility/aws/sts',
        '-H "Authorization: Bearer $VULTR_API_KEY"',
        '--data-urlencode Action=AssumeRole',
        '--data-urlencode Version=2011-06-15',
        `--data-urlencode RoleArn=arn:aws:iam::${ORG}:role/${ROLE}`,
        '--data-urlencode RoleSessionName=my.session',
      ].join(' \\\n  '),
    );
  });

  it('masks the web identity token in curl unless revealed', () => {
    const request = {
      action: 'AssumeRoleWithWebIdentity' as const,
      role_id: ROLE,
      session_name: 'gh',
      web_identity_token: JWT,
    };
    const target = { endpoint: 'http://x', organizationId: ORG };
    const masked = curlCommand({ target, request, reveal: false });
    expect(masked).not.toContain(JWT);
    expect(masked).toContain(`'WebIdentityToken=${mask(JWT)}'`);
    expect(masked).not.toContain('Authorization');
    const shown = curlCommand({ target, request, reveal: true });
    expect(shown).toContain(`WebIdentityToken=${JWT}`);
  });
});
