import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parseUsersView, withUsersView } from './users-search-params';

describe('the Users tab view in the URL', () => {
  it('reads q, page (from 1) and size', () => {
    expect(parseUsersView(new URLSearchParams('q=acme&page=3&size=50'))).toEqual({
      q: 'acme',
      page: 2,
      size: 50,
    });
  });

  it('falls back to the defaults for anything unreadable', () => {
    expect(parseUsersView(new URLSearchParams('page=-2&size=7'))).toEqual(DEFAULT_VIEW);
    expect(parseUsersView(new URLSearchParams('page=1.5&size=abc'))).toEqual(DEFAULT_VIEW);
  });

  it('leaves defaults out of the URL and keeps unrelated parameters', () => {
    expect(withUsersView(new URLSearchParams('other=1&page=4'), DEFAULT_VIEW).toString()).toBe(
      'other=1',
    );
    const full = withUsersView(new URLSearchParams(), { q: 'a b', page: 1, size: 100 });
    expect(full.toString()).toBe('q=a+b&page=2&size=100');
    expect(parseUsersView(full)).toEqual({ q: 'a b', page: 1, size: 100 });
  });
});
