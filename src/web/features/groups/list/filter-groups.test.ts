import { describe, expect, it } from 'vitest';
import { GROUP_SEARCH } from './filter-groups';

describe('the Groups search', () => {
  it('looks in the name and the description', () => {
    const group = {
      id: '00000000-0000-4000-8000-000000000001',
      display_name: 'On-call',
      description: 'Incident responders.',
      members: [],
      date_created: '2026-01-01T00:00:00+00:00',
    };
    expect(GROUP_SEARCH.fields(group)).toEqual(['On-call', 'Incident responders.']);
    expect(GROUP_SEARCH.keep).toBeUndefined();
  });
});
