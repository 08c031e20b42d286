import { describe, expect, it } from 'vitest';
import { describeZodError } from './common';
import { issuerUriProblem, normaliseIssuerUri, oidcIssuerCreateSchema } from './oidc-issuer';

describe('issuerUriProblem', () => {
  it.each([
    ['https://token.actions.githubusercontent.com', null],
    ['https://idp.example/realms/dev/', null],
    ['https://idp.example:8443/x', null],
    ['http://127.0.0.1:8080/realms/dev', null],
    ['http://localhost:3000', null],
    ['http://LOCALHOST', null],
    ['http://[::1]:9000', null],
    [
      'http://idp.example',
      'must be an absolute https URL (http only for 127.0.0.1, localhost or [::1])',
    ],
    [
      'http://127.0.0.2',
      'must be an absolute https URL (http only for 127.0.0.1, localhost or [::1])',
    ],
    [
      'http://localhost.evil.example',
      'must be an absolute https URL (http only for 127.0.0.1, localhost or [::1])',
    ],
    [
      'file:///etc/passwd',
      'must be an absolute https URL (http only for 127.0.0.1, localhost or [::1])',
    ],
    ['/relative', 'must be an absolute https URL'],
    ['idp.example', 'must be an absolute https URL'],
    ['https://a:b@idp.example', 'must not contain credentials'],
    ['https://idp.example?x', 'must not have a query or fragment'],
    ['https://idp.example/#', 'must not have a query or fragment'],
  ])('%s → %s', (uri, expected) => {
    expect(issuerUriProblem(uri)).toBe(expected);
  });
});

describe('normaliseIssuerUri', () => {
  it.each([
    ['https://a.example/', 'https://a.example'],
    ['https://a.example', 'https://a.example'],
    ['https://a.example/x//', 'https://a.example/x/'],
  ])('%s → %s', (uri, expected) => {
    expect(normaliseIssuerUri(uri)).toBe(expected);
  });
});

describe('oidcIssuerCreateSchema', () => {
  it('treats empty key fields as absent: a discovery registration', () => {
    const parsed = oidcIssuerCreateSchema.parse({
      issuer: { uri: ' https://idp.example/ ', kid: '', kty: '', n: '', e: '', alg: null, use: '' },
    });
    expect(parsed.issuer).toEqual({ source: 'external', uri: 'https://idp.example', use: 'sig' });
  });

  it('names the wrapped field in its messages', () => {
    const input = { issuer: { uri: 'https://idp.example', kty: 'RSA', alg: 'RS256', n: 'AQAB' } };
    const r = oidcIssuerCreateSchema.safeParse(input);
    expect(r.success).toBe(false);
    if (!r.success)
      expect(describeZodError(r.error, input)).toBe('issuer.e is required when kty is RSA');
  });
});
