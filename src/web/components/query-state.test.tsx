import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { allOf, loaded, QueryView } from './query-state';
import type { QueryLike } from './query-state';

const query = <T,>(over: Partial<QueryLike<T>>): QueryLike<T> => ({
  data: undefined,
  error: null,
  isPending: false,
  refetch: () => undefined,
  ...over,
});

const render = (q: QueryLike<string[]>, empty?: string) =>
  renderToStaticMarkup(
    <MemoryRouter>
      <QueryView query={q} what="the roles" empty={empty}>
        {(list) => <p>{list.length} listed</p>}
      </QueryView>
    </MemoryRouter>,
  );

describe('QueryView', () => {
  it.each([
    ['an empty list with a sentence for it', [], 'No roles yet.', 'No roles yet.</p>'],
    ['an empty list with nothing said for it', [], undefined, '0 listed'],
    ['a list of two', ['a', 'b'], 'No roles yet.', '2 listed'],
  ])('shows %s', (_case, data, empty, shown) => {
    expect(render(query({ data }), empty)).toContain(shown);
  });

  it('names what it loads, and what failed to load, with Retry', () => {
    expect(render(query({ isPending: true }))).toContain('aria-label="Loading the roles"');
    const failed = render(query({ error: new Error('upstream down') }));
    expect(failed).toContain('Could not load the roles: upstream down');
    expect(failed).toContain('Retry');
  });
});

describe('allOf', () => {
  it('combines the data once every query has answered', () => {
    const both = allOf(
      [loaded([1, 2]), loaded('x')],
      (numbers, letter) => `${letter}${numbers.length}`,
    );
    expect(both).toMatchObject({ data: 'x2', error: null, isPending: false });
    const waiting = allOf([loaded(1), query<number>({ isPending: true })], (a, b) => a + b);
    expect(waiting).toMatchObject({ data: undefined, isPending: true });
  });

  it('fails with the first error, and Retry refetches every query', () => {
    const refetch = vi.fn();
    const broken = new Error('no');
    const combined = allOf(
      [query<number>({ data: 1, refetch }), query<number>({ error: broken, refetch })],
      (a, b) => a + b,
    );
    expect(combined.error).toBe(broken);
    combined.refetch();
    expect(refetch).toHaveBeenCalledTimes(2);
  });
});
