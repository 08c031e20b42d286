import { describe, expect, it } from 'vitest';
import { DEFAULT_LIST_VIEW as DEFAULT_VIEW, parseListView, withListView } from './list-view';

describe('the list view in the URL', () => {
  it('reads q, page (from 1) and size', () => {
    expect(parseListView(new URLSearchParams('q=acme&page=3&size=50'))).toEqual({
      q: 'acme',
      page: 2,
      size: 50,
    });
  });

  it('falls back to the defaults for anything unreadable', () => {
    expect(parseListView(new URLSearchParams('page=-2&size=7'))).toEqual(DEFAULT_VIEW);
    expect(parseListView(new URLSearchParams('page=1.5&size=abc'))).toEqual(DEFAULT_VIEW);
  });

  it('leaves defaults out of the URL and keeps unrelated parameters', () => {
    expect(withListView(new URLSearchParams('other=1&page=4'), DEFAULT_VIEW).toString()).toBe(
      'other=1',
    );
    const full = withListView(new URLSearchParams(), { q: 'a b', page: 1, size: 100 });
    expect(full.toString()).toBe('q=a+b&page=2&size=100');
    expect(parseListView(full)).toEqual({ q: 'a b', page: 1, size: 100 });
  });

  it("writes a list's own filters between the search and the page, leaving out 'no filter'", () => {
    const view = { q: 'x', page: 0, size: 25 };
    expect(
      withListView(new URLSearchParams(), view, { type: { value: 'all', none: 'all' } }).toString(),
    ).toBe('q=x');
    expect(
      withListView(
        new URLSearchParams('type=old'),
        { ...view, page: 2 },
        {
          type: { value: 'system', none: 'all' },
        },
      ).toString(),
    ).toBe('type=system&q=x&page=3');
  });
});
