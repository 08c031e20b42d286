import { describe, expect, it } from 'vitest';
import { oidcIssuerSchema } from '../../../../shared/schemas/oidc-issuer';
import { ISSUER_SEARCH } from './filter-issuers';

/** The fields the search looks in, in its order, with a value each. */
const SEARCHED = [
  ['display_name', 'GitHub Actions'],
  ['uri', 'https://token.actions.githubusercontent.com'],
  ['kid', 'github-actions-1'],
  ['alg', 'RS256'],
  ['source', 'external'],
] as const;

// A reply read as the console reads it: the fields it leaves out become empty.
const github = oidcIssuerSchema.parse({
  id: '00000000-0000-4000-8000-000000000001',
  ...Object.fromEntries(SEARCHED),
});

describe('the OIDC Issuers search', () => {
  it('looks in the name, the URI, the key ID, the algorithm and the source', () => {
    expect(ISSUER_SEARCH.fields(github)).toEqual(SEARCHED.map(([, value]) => value));
  });

  it('names an issuer without a display name by its URI', () => {
    expect(ISSUER_SEARCH.fields({ ...github, display_name: '' })[0]).toBe(github.uri);
  });
});
