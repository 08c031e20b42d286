import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { EntityList, TitledEntityList } from './entity-list';

const render = (node: ReactNode) => renderToStaticMarkup(<MemoryRouter>{node}</MemoryRouter>);

describe('EntityList', () => {
  it('links each name to its page, over its second line, with its action named', () => {
    const html = render(
      <EntityList
        label="Members"
        items={[
          {
            key: 'u1',
            name: 'Ann Lee',
            to: '/users/u1',
            secondary: 'ann@example.com',
            action: { label: 'Remove Ann Lee', icon: null, onClick: () => undefined },
          },
          { key: 'u2', name: 'Bo Chen' },
        ]}
      />,
    );
    expect(html).toContain('aria-label="Members"');
    expect(html).toMatch(/<a[^>]*href="\/users\/u1"[^>]*>Ann Lee<\/a>/);
    expect(html).toContain('ann@example.com');
    expect(html).toContain('aria-label="Remove Ann Lee"');
    // Without a page, the name is plain text.
    expect(html).toContain('Bo Chen');
    expect(html).not.toContain('href="/users/u2"');
  });
});

describe('TitledEntityList', () => {
  it('counts its items in its heading, and says so when there are none', () => {
    const full = render(
      <TitledEntityList
        title="Direct"
        label="Direct policies"
        items={[{ key: 'p', name: 'Billing', to: '/policies/p' }]}
        empty="No policies attached to the group."
      />,
    );
    expect(full).toMatch(/<h3[^>]*>Direct \(1\)<\/h3>/);
    expect(full).toContain('aria-label="Direct policies"');
    const none = render(
      <TitledEntityList title="From roles" label="Policies from roles" items={[]} empty="None." />,
    );
    expect(none).toContain('None.');
    expect(none).not.toContain('<ul');
  });
});
