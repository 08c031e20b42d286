import { describe, expect, it } from 'vitest';
import type { Policy } from '../../../../shared/schemas/policy';
import { POLICY_SEARCH } from './filter-policies';
import type { PolicyKindFilter } from './policies-view';

const policy = (is_system_policy: boolean): Policy => ({
  id: '00000000-0000-4000-8000-000000000001',
  name: 'ReadOnlyAccess',
  description: 'List and read every resource',
  policy_document: { Version: '2026-03-20', Statement: [] },
  version: '2026-03-20',
  is_system_policy,
  date_created: '2026-01-01T00:00:00+00:00',
});

describe('the Permission Policies search', () => {
  it('looks in the name and the description', () => {
    expect(POLICY_SEARCH.fields(policy(true))).toEqual([
      'ReadOnlyAccess',
      'List and read every resource',
    ]);
  });

  it('keeps a policy whose kind the Type menu picks', () => {
    const keep = (system: boolean, kind: PolicyKindFilter) =>
      POLICY_SEARCH.keep!(policy(system), kind);
    expect([keep(true, 'all'), keep(false, 'all')]).toEqual([true, true]);
    expect([keep(true, 'system'), keep(false, 'system')]).toEqual([true, false]);
    expect([keep(true, 'custom'), keep(false, 'custom')]).toEqual([false, true]);
  });
});
