import { describe, expect, it } from 'vitest';
import type { OidcIssuer } from '../../../../shared/schemas/oidc-issuer';
import { filterIssuers } from './filter-issuers';

function issuer(id: string, uri: string, more: Partial<OidcIssuer> = {}): OidcIssuer {
  return {
    id,
    source: 'external',
    uri,
    kid: '',
    kty: 'RSA',
    n: '',
    e: '',
    alg: 'RS256',
    use: 'sig',
    jwks_fetched_at: '',
    jwks_expires_at: '',
    display_name: '',
    crv: '',
    x: '',
    y: '',
    ...more,
  };
}

const all = [
  issuer('1', 'https://token.actions.githubusercontent.com', {
    display_name: 'GitHub Actions',
    kid: 'github-actions-1',
  }),
  issuer('2', 'https://gitlab.example.com', { alg: 'ES256' }),
  issuer('3', 'https://oidc.vke.example', { source: 'vke' }),
];
const ids = (list: OidcIssuer[]) => list.map((i) => i.id);

describe('filterIssuers', () => {
  it('matches the name, the URI, the key ID, the algorithm or the source, ignoring case', () => {
    expect(ids(filterIssuers(all, ' github '))).toEqual(['1']);
    expect(ids(filterIssuers(all, 'GITLAB'))).toEqual(['2']);
    expect(ids(filterIssuers(all, 'actions-1'))).toEqual(['1']);
    expect(ids(filterIssuers(all, 'es256'))).toEqual(['2']);
    expect(ids(filterIssuers(all, 'vke'))).toEqual(['3']);
  });

  it('keeps every issuer in order for an empty search, and none when nothing matches', () => {
    expect(ids(filterIssuers(all, '  '))).toEqual(['1', '2', '3']);
    expect(filterIssuers(all, 'nothing like it')).toEqual([]);
  });

  it('does not match across two fields', () => {
    expect(filterIssuers(all, 'actions.githubusercontent.comgithub')).toEqual([]);
  });
});
