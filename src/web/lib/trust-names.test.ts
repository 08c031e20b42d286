import { describe, expect, it } from 'vitest';
import { roleTrustSchema } from '../../shared/schemas/role-trust';
import { namesNeeded, trustedEntity, withRoleIds } from './trust-names';

const USER = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const GROUP = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const ISSUER = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';
const ROLE = 'dddddddd-dddd-4ddd-8ddd-dddddddddddd';

/** A trust without any emulator field: what live Vultr sends. */
const trust = (fields: Record<string, unknown>) =>
  roleTrustSchema.parse({
    id: 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee',
    trust_type: 'TemporaryAssumption',
    role_name: 'Deployer',
    ...fields,
  });

const directory = {
  users: [{ id: USER, name: 'Ada Lovelace', email: 'ada@example.com' }],
  groups: [{ id: GROUP, display_name: 'On-call' }],
  issuers: [{ id: ISSUER, uri: 'https://token.example.com', display_name: '' }],
};

describe('trustedEntity', () => {
  it('uses the names the trust sends', () => {
    expect(trustedEntity(trust({ trusted_user_id: USER, user_display: 'Ada L.' }))).toEqual({
      kind: 'User',
      id: USER,
      name: 'Ada L.',
    });
  });

  it('names users, groups and issuers from the directory when the trust does not', () => {
    expect(trustedEntity(trust({ trusted_user_id: USER }), directory).name).toBe('Ada Lovelace');
    expect(trustedEntity(trust({ trusted_group_id: GROUP, group_display: '' }), directory)).toEqual(
      { kind: 'Group', id: GROUP, name: 'On-call' },
    );
    expect(trustedEntity(trust({ trusted_oidc_issuer_id: ISSUER }), directory)).toEqual({
      kind: 'OIDC Issuer',
      id: ISSUER,
      name: 'https://token.example.com',
    });
  });

  it('falls back to the id while the directory is not there', () => {
    expect(trustedEntity(trust({ trusted_oidc_issuer_id: ISSUER })).name).toBe(ISSUER);
  });
});

describe('namesNeeded', () => {
  it('asks only for the lists that fill a gap', () => {
    expect(
      namesNeeded([
        trust({ trusted_user_id: USER, user_display: 'Ada' }),
        trust({ trusted_oidc_issuer_id: ISSUER }),
      ]),
    ).toEqual({ users: false, groups: false, issuers: true });
  });
});

describe('withRoleIds', () => {
  it('finds the role by name when the trust has no role_id', () => {
    const roles = [
      { id: ROLE, name: 'deployer' },
      { id: 'ffffffff-ffff-4fff-8fff-ffffffffffff', name: 'Auditor' },
    ];
    const [filled] = withRoleIds([trust({ trusted_user_id: USER })], roles);
    expect(filled!.role_id).toBe(ROLE);
  });

  it('keeps a role_id that was sent, and leaves an unknown or ambiguous name empty', () => {
    const sent = trust({ role_id: ROLE, role_name: 'Other' });
    expect(withRoleIds([sent], [])[0]!.role_id).toBe(ROLE);
    expect(withRoleIds([trust({})], [])[0]!.role_id).toBe('');
    const twins = [
      { id: ROLE, name: 'Deployer' },
      { id: 'ffffffff-ffff-4fff-8fff-ffffffffffff', name: 'DEPLOYER' },
    ];
    expect(withRoleIds([trust({})], twins)[0]!.role_id).toBe('');
  });
});
