import { describe, expect, it } from 'vitest';
import type { Role } from '../../../../shared/schemas/role';
import { ROLE_SEARCH } from './filter-roles';

const deployer: Role = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'ci-deployer',
  description: 'Deploys from CI.',
  role_type: 'assumable',
  max_session_duration: 3600,
  policies: [],
  date_created: '2026-01-01T00:00:00+00:00',
};

describe('the Roles search', () => {
  it('looks in the name only', () => {
    expect(ROLE_SEARCH.fields(deployer)).toEqual(['ci-deployer']);
  });

  it.each([
    ['all', true],
    ['assumable', true],
    ['assignable', false],
  ] as const)('the Type menu at %s keeps an assumable role: %s', (type, kept) => {
    expect(ROLE_SEARCH.keep!(deployer, type)).toBe(kept);
  });
});
