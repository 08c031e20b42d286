import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parseRolesView, withRolesView } from './roles-search-params';

describe('the Roles tab view in the URL', () => {
  it('reads q, type, page (from 1) and size', () => {
    expect(parseRolesView(new URLSearchParams('q=ops&type=assumable&page=3&size=50'))).toEqual({
      q: 'ops',
      type: 'assumable',
      page: 2,
      size: 50,
    });
  });

  it('falls back to the defaults for anything unreadable', () => {
    expect(parseRolesView(new URLSearchParams('type=service&page=-2&size=7'))).toEqual(
      DEFAULT_VIEW,
    );
    expect(parseRolesView(new URLSearchParams('page=1.5&size=abc'))).toEqual(DEFAULT_VIEW);
    expect(parseRolesView(new URLSearchParams(''))).toEqual(DEFAULT_VIEW);
  });

  it('leaves defaults out of the URL and keeps unrelated parameters', () => {
    const written = withRolesView(new URLSearchParams('other=1&page=4'), DEFAULT_VIEW);
    expect(written.toString()).toBe('other=1');
    const full = withRolesView(new URLSearchParams(), {
      q: 'a b',
      type: 'assignable',
      page: 1,
      size: 100,
    });
    expect(full.toString()).toBe('q=a+b&type=assignable&page=2&size=100');
    expect(parseRolesView(full)).toEqual({ q: 'a b', type: 'assignable', page: 1, size: 100 });
  });
});
