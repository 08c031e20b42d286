import { describe, expect, it } from 'vitest';
import type { Policy } from '../../../../shared/schemas/policy';
import { filterPolicies, toSearchable } from './filter-policies';

function policy(name: string, description: string, system: boolean): Policy {
  return {
    id: `00000000-0000-4000-8000-${String(name.length).padStart(12, '0')}`,
    name,
    description,
    policy_document: { Version: '2026-03-20', Statement: [] },
    version: '2026-03-20',
    is_system_policy: system,
    date_created: '2026-01-01T00:00:00+00:00',
  };
}

const all = toSearchable([
  policy('ReadOnlyAccess', 'List and read every resource', true),
  policy('ComputeOperator', 'Start and stop instances', false),
  policy('ci-readers', 'Read access for CI', false),
]);
const names = (list: Policy[]) => list.map((p) => p.name);

describe('filterPolicies', () => {
  it('matches the name or the description, ignoring case, in the API order', () => {
    expect(names(filterPolicies(all, ' READ ', 'all'))).toEqual(['ReadOnlyAccess', 'ci-readers']);
    expect(names(filterPolicies(all, 'instances', 'all'))).toEqual(['ComputeOperator']);
  });

  it('filters by kind, alone or with the text', () => {
    expect(names(filterPolicies(all, '', 'custom'))).toEqual(['ComputeOperator', 'ci-readers']);
    expect(names(filterPolicies(all, 'read', 'system'))).toEqual(['ReadOnlyAccess']);
    expect(filterPolicies(all, 'nothing like it', 'all')).toEqual([]);
  });
});
