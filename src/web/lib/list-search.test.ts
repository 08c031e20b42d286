import { describe, expect, it } from 'vitest';
import { searchItems, searchList, toSearchable } from './list-search';
import type { ListSearch } from './list-search';

interface Item {
  name: string;
  note: string;
  kind: 'a' | 'b';
}

const items: Item[] = [
  { name: 'Platform Engineers', note: 'Run the shared compute platform.', kind: 'a' },
  { name: 'On-call', note: 'Incident responders.', kind: 'b' },
  { name: 'Auditors', note: 'Read-only access for compliance reviews.', kind: 'b' },
];

const SEARCH: ListSearch<Item, 'all' | Item['kind']> = {
  fields: (i) => [i.name, i.note],
  keep: (i, kind) => kind === 'all' || i.kind === kind,
};

const names = (q: string, kind?: 'all' | Item['kind']) =>
  searchList(items, SEARCH, q, kind).map((i) => i.name);

describe('searching a list tab', () => {
  it.each([
    ['ON-CALL', ['On-call']],
    [' compliance ', ['Auditors']],
    ['platform', ['Platform Engineers']],
    ['nothing like it', []],
  ])('“%s” finds %j: any field, ignoring case and the spaces around', (q, found) => {
    expect(names(q)).toEqual(found);
  });

  it('keeps the list order and everything for an empty search', () => {
    expect(names('  ')).toEqual(['Platform Engineers', 'On-call', 'Auditors']);
  });

  it('does not match across two fields', () => {
    expect(names('engineersrun')).toEqual([]);
    expect(names('engineers run')).toEqual([]);
  });

  it('applies the filter alone or with the text', () => {
    expect(names('', 'b')).toEqual(['On-call', 'Auditors']);
    expect(names('re', 'b')).toEqual(['On-call', 'Auditors']);
    expect(names('re', 'a')).toEqual(['Platform Engineers']);
    expect(names('', 'all')).toHaveLength(3);
  });

  it('lower-cases the texts once, up front', () => {
    const searchable = toSearchable(items, SEARCH.fields);
    expect(searchable[1]!.key).toBe('on-call\u0000incident responders.');
    expect(searchItems(searchable, 'INCIDENT')).toEqual([items[1]]);
  });
});
