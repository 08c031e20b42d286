import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { placeOfServerError } from '../../../lib/server-errors';
import { issuerErrorTable } from './server-errors';

const field = (status: number, message: string, mode: 'discovery' | 'key' = 'key') =>
  placeOfServerError(new ApiError(status, message), issuerErrorTable(mode));

describe('issuerErrorTable', () => {
  it('puts a duplicate and a failed discovery on Issuer URI', () => {
    expect(field(409, 'an issuer with uri https://a.test already exists')).toBe('uri');
    expect(
      field(400, "could not fetch the issuer's keys from https://a.invalid: …", 'discovery'),
    ).toBe('uri');
    expect(field(400, 'issuer.uri must not have a query or fragment')).toBe('uri');
  });

  it('puts key problems on the key box, or on the URI when no key was pasted', () => {
    expect(field(400, 'issuer key is not a valid RSA public key')).toBe('key_text');
    expect(field(400, 'issuer.n must be an RSA modulus of at least 2048 bits')).toBe('key_text');
    expect(field(400, 'issuer.kid must be a string', 'discovery')).toBe('uri');
    expect(field(400, 'issuer.display_name must be at most 100 characters')).toBe('display_name');
  });

  it('leaves anything else to the dialog', () => {
    expect(field(400, 'body must be an object')).toBeNull();
    expect(field(403, 'not allowed to create issuers')).toBeNull();
    expect(field(502, 'upstream unreachable')).toBeNull();
  });
});
