import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parsePoliciesView, withPoliciesView } from './policies-view';

describe('the Permission Policies tab view in the URL', () => {
  it('reads q, type, page (from 1) and size', () => {
    expect(parsePoliciesView(new URLSearchParams('q=ops&type=custom&page=3&size=50'))).toEqual({
      q: 'ops',
      type: 'custom',
      page: 2,
      size: 50,
    });
  });

  it('falls back to the defaults for anything unreadable', () => {
    expect(parsePoliciesView(new URLSearchParams('type=other&page=0&size=7'))).toEqual(
      DEFAULT_VIEW,
    );
    expect(parsePoliciesView(new URLSearchParams('page=2.5&size=x'))).toEqual(DEFAULT_VIEW);
  });

  it('leaves defaults out of the URL, keeps other parameters, and round-trips', () => {
    expect(withPoliciesView(new URLSearchParams('x=1&page=4'), DEFAULT_VIEW).toString()).toBe(
      'x=1',
    );
    const view = { q: 'read only', type: 'system' as const, page: 1, size: 10 };
    const written = withPoliciesView(new URLSearchParams(), view);
    expect(written.toString()).toBe('q=read+only&type=system&page=2&size=10');
    expect(parsePoliciesView(written)).toEqual(view);
  });
});
