import { describe, expect, it } from 'vitest';
import { readJwtClaims } from './jwt-claims';

const b64url = (o: object) =>
  Buffer.from(JSON.stringify(o))
    .toString('base64')
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

describe('readJwtClaims', () => {
  it('reads iss, sub, aud and exp without verifying', () => {
    const token = `${b64url({ alg: 'RS256' })}.${b64url({ iss: 'http://127.0.0.1:1/oidc/dev', sub: 'repo:ü', aud: ['vultr'], exp: 5 })}.sig`;
    expect(readJwtClaims(token)).toEqual({
      iss: 'http://127.0.0.1:1/oidc/dev',
      sub: 'repo:ü',
      aud: ['vultr'],
      exp: 5,
    });
  });

  it('answers null for anything that is not a JWT', () => {
    expect(readJwtClaims('nope')).toBeNull();
    expect(readJwtClaims('a.!!!.c')).toBeNull();
    expect(readJwtClaims(`a.${b64url([1, 2])}.c`)).toBeNull();
  });
});
