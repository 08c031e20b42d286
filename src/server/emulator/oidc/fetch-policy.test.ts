import { describe, expect, it } from 'vitest';
import { HTTPS_ONLY, fetchPolicy, parseAllowList } from './fetch-policy';

const REFUSED_HTTP =
  'must be an https URL: this server fetches plain-http issuers only from the addresses its operator allows (OIDC_DISCOVERY_ALLOW)';

describe('fetchPolicy', () => {
  const policy = fetchPolicy({
    allow: ['http://127.0.0.1:9000', 'http://localhost:7000/realms/dev/'],
    devIssuerUri: () => 'http://127.0.0.1:8080/oidc/dev',
  });

  it.each([
    ['https://idp.example/.well-known/openid-configuration', null],
    ['https://127.0.0.1:22/', null],
    ['http://127.0.0.1:9000/.well-known/openid-configuration', null],
    ['http://127.0.0.1:9000/any/path/jwks', null],
    ['http://localhost:7000/realms/dev/.well-known/openid-configuration', null],
    ['http://localhost:7000/realms/dev', null],
    ['http://127.0.0.1:8080/oidc/dev/.well-known/openid-configuration', null],
    ['http://127.0.0.1:8080/oidc/dev/jwks', null],
    ['http://127.0.0.1:8080/oidc/devil/jwks', REFUSED_HTTP],
    ['http://127.0.0.1:8080/v2/roles', REFUSED_HTTP],
    ['http://localhost:7000/realms/devil', REFUSED_HTTP],
    ['http://localhost:7000/', REFUSED_HTTP],
    ['http://127.0.0.1:9001/', REFUSED_HTTP],
    ['http://127.0.0.1/', REFUSED_HTTP],
    ['http://idp.example/', REFUSED_HTTP],
    ['ftp://127.0.0.1:9000/', 'must be an https URL'],
    ['file:///etc/passwd', 'must be an https URL'],
    ['gopher://127.0.0.1:9000/', 'must be an https URL'],
    ['not a url', 'must be an absolute https URL'],
  ])('%s → %s', (url, expected) => {
    expect(policy.refusal(url)).toBe(expected);
  });

  it('fetches only https by default, and no development issuer before the server listens', () => {
    expect(HTTPS_ONLY.refusal('https://idp.example')).toBeNull();
    expect(HTTPS_ONLY.refusal('http://127.0.0.1:8080/oidc/dev')).toBe(REFUSED_HTTP);
    expect(fetchPolicy({ devIssuerUri: () => null }).refusal('http://127.0.0.1:1/oidc/dev')).toBe(
      REFUSED_HTTP,
    );
  });

  it('reads the allow list on every check', () => {
    const allow: string[] = [];
    const live = fetchPolicy({ allow });
    expect(live.refusal('http://127.0.0.1:9000/x')).toBe(REFUSED_HTTP);
    allow.push('http://127.0.0.1:9000');
    expect(live.refusal('http://127.0.0.1:9000/x')).toBeNull();
  });
});

describe('parseAllowList', () => {
  it('splits on commas and white space and keeps clean http(s) base URLs', () => {
    expect(
      parseAllowList(' http://127.0.0.1:9000, https://idp.internal  http://[::1]:7000/x '),
    ).toEqual({
      entries: ['http://127.0.0.1:9000', 'https://idp.internal', 'http://[::1]:7000/x'],
      invalid: [],
    });
    expect(parseAllowList('')).toEqual({ entries: [], invalid: [] });
  });

  it('reports what is not an http(s) base URL', () => {
    expect(
      parseAllowList('127.0.0.1:9000,ftp://x,http://u:p@h,http://h/?q=1,http://ok').invalid,
    ).toEqual(['127.0.0.1:9000', 'ftp://x', 'http://u:p@h', 'http://h/?q=1']);
  });
});
