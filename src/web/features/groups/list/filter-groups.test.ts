import { describe, expect, it } from 'vitest';
import type { Group } from '../../../../shared/schemas/group';
import { filterGroups } from './filter-groups';

const group = (n: number, display_name: string, description: string): Group => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  display_name,
  description,
  members: [],
  date_created: '2026-01-01T00:00:00+00:00',
});

const groups = [
  group(1, 'Platform Engineers', 'Run the shared compute platform.'),
  group(2, 'On-call', 'Incident responders.'),
  group(3, 'Auditors', 'Read-only access for compliance reviews.'),
];

describe('filterGroups', () => {
  it('matches the name or the description, ignoring case, in the API order', () => {
    expect(filterGroups(groups, 'ON-CALL').map((g) => g.display_name)).toEqual(['On-call']);
    expect(filterGroups(groups, 'compliance').map((g) => g.display_name)).toEqual(['Auditors']);
    expect(filterGroups(groups, ' ').map((g) => g.display_name)).toHaveLength(3);
    expect(filterGroups(groups, 'nothing like it')).toEqual([]);
  });
});
