import { describe, expect, it } from 'vitest';
import { DEFAULT_LIST_VIEW } from './list-view';
import { listViewSpec, PLAIN_LIST_VIEW } from './list-tab-view';

const ROLES = listViewSpec([
  { value: 'all', label: 'All' },
  { value: 'assignable', label: 'Assignable' },
  { value: 'assumable', label: 'Assumable' },
]);
const DEFAULT_ROLES = { ...DEFAULT_LIST_VIEW, type: 'all' as const };
const read = (query: string) => ROLES.parse(new URLSearchParams(query));

describe('a list tab with a Type menu, in the URL', () => {
  it('reads q, type, page (from 1) and size', () => {
    expect(read('q=ops&type=assumable&page=3&size=50')).toEqual({
      q: 'ops',
      type: 'assumable',
      page: 2,
      size: 50,
    });
  });

  it.each(['type=service&page=-2&size=7', 'page=1.5&size=abc', 'type=All', ''])(
    'falls back to the defaults for anything unreadable: %j',
    (query) => expect(read(query)).toEqual(DEFAULT_ROLES),
  );

  it('leaves defaults out of the URL, keeps unrelated parameters, and round-trips', () => {
    expect(ROLES.serialize(new URLSearchParams('other=1&page=4'), DEFAULT_ROLES).toString()).toBe(
      'other=1',
    );
    const view = { q: 'a b', type: 'assignable' as const, page: 1, size: 100 };
    const written = ROLES.serialize(new URLSearchParams(), view);
    expect(written.toString()).toBe('q=a+b&type=assignable&page=2&size=100');
    expect(ROLES.parse(written)).toEqual(view);
  });
});

describe('a list tab without a Type menu, in the URL', () => {
  it('ignores ?type= and leaves it as it is', () => {
    const params = new URLSearchParams('type=custom&q=x');
    expect(PLAIN_LIST_VIEW.parse(params)).toEqual({ ...DEFAULT_LIST_VIEW, q: 'x', type: 'all' });
    const written = PLAIN_LIST_VIEW.serialize(params, {
      ...DEFAULT_LIST_VIEW,
      q: 'y',
      type: 'all',
    });
    expect(written.toString()).toBe('type=custom&q=y');
  });
});
