import { describe, expect, it } from 'vitest';
import type { Role } from '../../../../shared/schemas/role';
import { filterRoles, toSearchable } from './filter-roles';

function role(name: string, role_type: Role['role_type']): Role {
  return {
    id: `00000000-0000-4000-8000-${String(name.length).padStart(12, '0')}`,
    name,
    description: '',
    role_type,
    max_session_duration: 3600,
    policies: [],
    date_created: '2026-01-01T00:00:00+00:00',
  };
}

const roles = toSearchable([
  role('BillingReader', 'assignable'),
  role('ci-deployer', 'assumable'),
  role('Billing-Admin', 'assumable'),
]);
const names = (list: Role[]) => list.map((r) => r.name);

describe('filterRoles', () => {
  it('matches a part of the name, ignoring case, keeping the API order', () => {
    expect(names(filterRoles(roles, 'billing', 'all'))).toEqual(['BillingReader', 'Billing-Admin']);
    expect(names(filterRoles(roles, '  DEPLOY ', 'all'))).toEqual(['ci-deployer']);
  });

  it('filters by type, alone or with the text', () => {
    expect(names(filterRoles(roles, '', 'assumable'))).toEqual(['ci-deployer', 'Billing-Admin']);
    expect(names(filterRoles(roles, 'bill', 'assignable'))).toEqual(['BillingReader']);
  });

  it('returns every role when nothing filters, and none when nothing matches', () => {
    expect(filterRoles(roles, '', 'all')).toHaveLength(3);
    expect(filterRoles(roles, 'nope', 'all')).toEqual([]);
  });
});
