import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { EditableListSection } from './editable-list-section';
import type { PickerState } from './editable-list-section';
import { loaded } from './query-state';

interface Member {
  id: string;
  name: string;
}

const render = (members: Member[], seen: PickerState[] = []) =>
  renderToStaticMarkup(
    <MemoryRouter>
      <EditableListSection
        title="Members"
        add={{
          label: 'Add member',
          dialog: (picker) => {
            seen.push(picker);
            return null;
          },
        }}
        list={{
          query: loaded(members),
          what: 'the members',
          empty: 'No members yet.',
          label: 'Members',
          item: (m) => ({ key: m.id, name: m.name, to: `/users/${m.id}` }),
        }}
        remove={{
          verb: 'Remove',
          label: (m) => `Remove ${m.name}`,
          question: (m) => `Remove ${m.name} from On-call?`,
          consequence: () => 'The user loses what comes through the group.',
          run: () => undefined,
        }}
      />
    </MemoryRouter>,
  );

describe('EditableListSection', () => {
  it('is a named section with its Add button, and a named button on each row', () => {
    const picked: PickerState[] = [];
    const html = render([{ id: 'u1', name: 'Ann' }], picked);
    expect(html).toMatch(/<section[^>]*aria-labelledby=/);
    expect(html).toMatch(/<h2[^>]*>Members<\/h2>/);
    expect(html).toContain('aria-label="Add member"');
    expect(html).toContain('aria-label="Remove Ann"');
    expect(html).toMatch(/<a[^>]*href="\/users\/u1"[^>]*>Ann<\/a>/);
    // The dialog is closed, titled as the button, and offers nothing listed again.
    expect(picked[0]).toMatchObject({ open: false, title: 'Add member' });
    expect([...(picked[0]?.held ?? [])]).toEqual(['u1']);
  });

  it('says so when the list is empty', () => {
    const html = render([]);
    expect(html).toContain('No members yet.');
    expect(html).not.toContain('<ul');
  });
});
