import { generateKeyPairSync } from 'node:crypto';
import { CompactSign, SignJWT, base64url, importJWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../clock';
import { startTestServer } from '../../testing/test-support';
import type { TestServer } from '../../testing/test-support';
import { seeded, sts, stsError, stsResult } from '../../testing/sts-test-kit';

let server: TestServer;
let s: ReturnType<typeof seeded>;
const clock = new ManualClock('2026-11-23T09:00:00.000Z');
let roleArn: string;

beforeAll(async () => {
  server = await startTestServer({ clock });
  s = seeded(server);
  roleArn = `arn:aws:iam::${s.orgId}:role/${s.roleId('CI Deployer')}`; // trusts the development issuer
});
afterAll(async () => {
  await server.close();
});

async function mint(body: Record<string, unknown> = {}): Promise<string> {
  const res = await fetch(`${server.baseUrl}/oidc/dev/token`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.ownerKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ sub: 'repo:acme/app:ref:refs/heads/main', ...body }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

const withToken = (token: string, extra: Record<string, string> = {}, bearer?: string) =>
  sts(
    server,
    {
      Action: 'AssumeRoleWithWebIdentity',
      RoleArn: roleArn,
      RoleSessionName: 'gha',
      WebIdentityToken: token,
      ...extra,
    },
    bearer ? { bearer } : {},
  );

describe('the development issuer', () => {
  it('publishes discovery and JWKS for its real address, and is registered under that address', async () => {
    const discovery = (await (
      await fetch(`${server.baseUrl}/oidc/dev/.well-known/openid-configuration`)
    ).json()) as { issuer: string; jwks_uri: string };
    expect(discovery.issuer).toBe(`${server.baseUrl}/oidc/dev`);
    const jwks = (await (await fetch(discovery.jwks_uri)).json()) as {
      keys: { kid: string; d?: string }[];
    };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]!.d).toBeUndefined(); // never the private part
    const uri = server.store.db
      .prepare("SELECT uri FROM oidc_issuers WHERE display_name = 'Development issuer'")
      .pluck()
      .get();
    expect(uri).toBe(discovery.issuer);
  });

  it('mints only for the owner, validating the request', async () => {
    const asBlake = await fetch(`${server.baseUrl}/oidc/dev/token`, {
      method: 'POST',
      headers: { authorization: `Bearer ${s.apiKey('blake')}`, 'content-type': 'application/json' },
      body: '{"sub":"x"}',
    });
    expect(asBlake.status).toBe(403);
    const bad = await fetch(`${server.baseUrl}/oidc/dev/token`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.ownerKey}`, 'content-type': 'application/json' },
      body: '{"sub":""}',
    });
    expect(await bad.json()).toEqual({ error: 'sub must not be empty', status: 400 });
  });
});

describe('AssumeRoleWithWebIdentity', () => {
  it('returns credentials with subject, provider and audience', async () => {
    const reply = await withToken(await mint({ aud: ['other', 'sts.amazonaws.com'] }));
    expect(reply.status).toBe(200);
    const { result, requestId } = stsResult(reply, 'AssumeRoleWithWebIdentity');
    expect(reply.requestIdHeader).toBe(requestId);
    expect(result).toMatchObject({
      SubjectFromWebIdentityToken: 'repo:acme/app:ref:refs/heads/main',
      Provider: `${server.baseUrl}/oidc/dev`,
      Audience: 'sts.amazonaws.com',
      Credentials: { Expiration: '2026-11-23T10:00:00Z' },
    });
    const session = await server.v2('GET', `/v2/assumed-roles/${result.Credentials.SessionToken}`);
    expect(session.json).toMatchObject({
      assumed_role: { auth_method: 'oidc', user_id: '', oidc_issuer_id: expect.any(String) },
    });
    const read = (session.json as { assumed_role: Record<string, unknown> }).assumed_role;
    expect(read.oidc_issuer_id).not.toBe('');
    // Vultr's session objects carry no subject: the subject is in the STS reply only.
    expect(read).not.toHaveProperty('oidc_subject');
  });

  it('accepts the token as the Bearer header alone, or in both places when equal', async () => {
    const token = await mint();
    const headerOnly = await sts(
      server,
      { Action: 'AssumeRoleWithWebIdentity', RoleArn: roleArn, RoleSessionName: 'hdr' },
      { bearer: token },
    );
    expect(headerOnly.status).toBe(200);
    expect((await withToken(token, {}, token)).status).toBe(200);
    const differ = await withToken(token, {}, await mint({ sub: 'someone-else' }));
    expect(stsError(differ)).toMatchObject({
      Code: 'ValidationError',
      Message: 'The Authorization Bearer token and WebIdentityToken differ.',
    });
  });

  it('answers ExpiredTokenException for an expired token', async () => {
    const reply = await withToken(await mint({ ttl_seconds: -120 }));
    expect(reply.status).toBe(400);
    expect(stsError(reply).Code).toBe('ExpiredTokenException');
  });

  it('tolerates 60 s of clock skew but not more', async () => {
    const token = await mint({ ttl_seconds: 900 });
    clock.advance(900_000 + 59_000);
    expect((await withToken(token)).status).toBe(200);
    clock.advance(2_000);
    expect(stsError(await withToken(token)).Code).toBe('ExpiredTokenException');
    clock.set('2026-11-23T09:00:00.000Z');
  });

  it('refuses tampered, unsigned, HMAC-signed and foreign tokens with InvalidIdentityToken', async () => {
    const good = await mint();
    const [h, p, sig] = good.split('.') as [string, string, string];
    const payload = JSON.parse(new TextDecoder().decode(base64url.decode(p))) as Record<
      string,
      unknown
    >;
    const forged = `${h}.${base64url.encode(JSON.stringify({ ...payload, sub: 'admin' }))}.${sig}`;
    const none = `${base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${p}.`;
    const hmac = await new SignJWT(payload)
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode('k'.repeat(32)));
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const otherKey = await new SignJWT(payload)
      .setProtectedHeader({ alg: 'RS256', kid: 'console-dev-1' })
      .sign(privateKey);
    const unknownIss = await new SignJWT({ ...payload, iss: 'https://evil.example' })
      .setProtectedHeader({ alg: 'RS256' })
      .sign(privateKey);
    for (const token of [forged, none, hmac, otherKey, unknownIss, 'not.a.jwt', 'abcd']) {
      const reply = await withToken(token);
      expect(reply.status, token).toBe(400);
      expect(stsError(reply).Code, token).toBe('InvalidIdentityToken');
    }
  });

  it('refuses a wrong audience and a token not valid yet', async () => {
    expect(stsError(await withToken(await mint({ aud: 'someone-else' }))).Code).toBe(
      'InvalidIdentityToken',
    );
    const token = await mint();
    clock.advance(-10 * 60_000); // the token's iat is now 10 minutes in the future
    expect(stsError(await withToken(token)).Code).toBe('InvalidIdentityToken');
    clock.set('2026-11-23T09:00:00.000Z');
  });

  it('refuses a role that does not trust the issuer with plain AccessDenied', async () => {
    const reply = await sts(server, {
      Action: 'AssumeRoleWithWebIdentity',
      RoleArn: `arn:aws:iam::${s.orgId}:role/${s.roleId('Break-glass Administrator')}`,
      RoleSessionName: 'gha',
      WebIdentityToken: await mint(),
    });
    expect(reply.status).toBe(403);
    expect(stsError(reply).Code).toBe('AccessDenied');
  });

  it('requires the token', async () => {
    const reply = await sts(server, {
      Action: 'AssumeRoleWithWebIdentity',
      RoleArn: roleArn,
      RoleSessionName: 'gha',
    });
    expect(stsError(reply)).toMatchObject({
      Code: 'MissingParameter',
      Message: 'The request must contain the parameter WebIdentityToken',
    });
  });
});

describe('claim types', () => {
  /** A token signed with the development issuer's real key, carrying exactly these claims. */
  async function signed(claims: Record<string, unknown>): Promise<string> {
    const key = await importJWK(
      { ...server.store.devIssuerKey.privateJwk, alg: 'RS256' } as Parameters<typeof importJWK>[0],
      'RS256',
    );
    const now = Math.floor(clock.now().getTime() / 1000);
    const payload = {
      iss: `${server.baseUrl}/oidc/dev`,
      sub: 'repo:acme/app:ref:refs/heads/main',
      aud: 'sts.amazonaws.com',
      iat: now,
      exp: now + 900,
      ...claims,
    };
    return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
      .setProtectedHeader({ alg: 'RS256', kid: 'console-dev-1', typ: 'JWT' })
      .sign(key);
  }

  it('accepts the same key with well-typed claims (the control case)', async () => {
    const reply = await withToken(await signed({ aud: ['other', 'sts.amazonaws.com'] }));
    expect(reply.status).toBe(200);
    expect(stsResult(reply, 'AssumeRoleWithWebIdentity').result.SubjectFromWebIdentityToken).toBe(
      'repo:acme/app:ref:refs/heads/main',
    );
  });

  it.each([
    ['sub', 42, 'sub claim must be a string, not a number'],
    ['sub', ['a', 'b'], 'sub claim must be a string, not an array'],
    ['sub', { id: 'x' }, 'sub claim must be a string, not an object'],
    ['sub', null, 'sub claim must be a string, not null'],
    ['sub', true, 'sub claim must be a string, not a boolean'],
    ['sub', '', 'sub claim must not be empty'],
    ['aud', 7, 'aud claim must be a string or an array of strings, not a number'],
    [
      'aud',
      ['sts.amazonaws.com', 7],
      'aud claim must be a string or an array of strings; it holds a number',
    ],
    [
      'aud',
      { aud: 'sts.amazonaws.com' },
      'aud claim must be a string or an array of strings, not an object',
    ],
    ['aud', [], 'aud claim must not be an empty array'],
    ['iss', 12345, 'iss claim must be a string, not a number'],
    ['iss', [`dev`], 'iss claim must be a string, not an array'],
  ])('refuses %s = %j with InvalidIdentityToken naming the claim', async (claim, value, text) => {
    const reply = await withToken(await signed({ [claim]: value }));
    expect(reply.status).toBe(400);
    const error = stsError(reply);
    expect(error.Code).toBe('InvalidIdentityToken');
    expect(error.Message).toContain(text);
    expect(reply.text).not.toContain('[object Object]');
    expect(reply.text).not.toContain('SubjectFromWebIdentityToken');
  });

  it('refuses a token without sub', async () => {
    const reply = await withToken(await signed({ sub: undefined }));
    expect(stsError(reply)).toMatchObject({
      Code: 'InvalidIdentityToken',
      Message: 'The web identity token has no sub claim.',
    });
  });
});
