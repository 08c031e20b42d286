import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../lib/api-client';
import { DetailPage, PageTitle } from './detail-page';
import { missingEntity } from './not-found';
import type { QueryLike } from './query-state';

interface Thing {
  name: string;
}

const query = (over: Partial<QueryLike<Thing>>): QueryLike<Thing> => ({
  data: undefined,
  error: null,
  isPending: false,
  refetch: () => undefined,
  ...over,
});

const kind = { parent: { to: '/organization/groups', label: 'Groups' }, noun: 'group' };

const render = (q: QueryLike<Thing>, notFound = true) =>
  renderToStaticMarkup(
    <MemoryRouter>
      <DetailPage
        kind={{ ...kind, nameOf: (t: Thing) => t.name, pathOf: (id) => `/groups/${id}` }}
        query={q}
        missingId={notFound ? 'g-1' : undefined}
      >
        {(t) => <p>Loaded {t.name}</p>}
      </DetailPage>
    </MemoryRouter>,
  );

describe('DetailPage', () => {
  it('names the entity in the breadcrumbs once loaded, and shows it', () => {
    const html = render(query({ data: { name: 'On-call' } }));
    expect(html).toContain('aria-label="Breadcrumb"');
    expect(html).toContain('href="/organization/groups"');
    expect(html).toContain('On-call</p>');
    expect(html).not.toContain('Back to Groups');
  });

  it('says "loading" under a placeholder name until then', () => {
    const html = render(query({ isPending: true }));
    expect(html).toContain('>Group<');
    expect(html).toContain('aria-label="Loading the group"');
  });

  it('turns a 404 into its own "not found", with the way back and home, and no Retry', () => {
    const html = render(query({ error: new ApiError(404, 'Group not found') }));
    expect(html).toContain('<h1');
    expect(html).toContain('Group not found</h1>');
    expect(html).toContain('This organization has no group with the ID g-1.');
    expect(html).toContain('Back to Groups');
    expect(html).toContain('Console home');
    expect(html).not.toContain('Retry');
  });

  it('shows any other failure with Retry and a link back to the list', () => {
    const html = render(query({ error: new ApiError(502, 'upstream down') }));
    expect(html).toContain('Could not load the group: upstream down');
    expect(html).toContain('Retry');
    expect(html).toContain('Back to Groups');
    expect(html).not.toContain('Console home');
  });

  it('leaves a 404 to the error and Retry when the page has no "not found" of its own', () => {
    const html = render(query({ error: new ApiError(404, 'Not found') }), false);
    expect(html).toContain('Could not load the group: Not found');
    expect(html).toContain('Back to Groups');
  });
});

describe('missingEntity', () => {
  it('names the kind and the id, and leads back to the list; a kind may title it its own way', () => {
    expect(missingEntity(kind, 'g-1')).toEqual({
      title: 'Group not found',
      detail: 'This organization has no group with the ID g-1. The group may have been deleted.',
      back: { to: '/organization/groups', label: 'Back to Groups' },
    });
    expect(missingEntity({ ...kind, missingTitle: 'Invalid group' }, 'g-1').title).toBe(
      'Invalid group',
    );
  });
});

describe('PageTitle', () => {
  it('gives a page its breadcrumbs, its h1 and an optional sentence under it', () => {
    const html = renderToStaticMarkup(
      <MemoryRouter>
        <PageTitle
          parent={{ to: '/organization/roles', label: 'Roles' }}
          title="Assumable Role"
          intro="Assumed for a while."
        />
      </MemoryRouter>,
    );
    expect(html).toContain('href="/organization/roles"');
    expect(html).toMatch(/<h1[^>]*>Assumable Role<\/h1>/);
    expect(html).toContain('Assumed for a while.');
  });
});
