import { describe, expect, it } from 'vitest';
import { formatSort, instantValue, nextSort, parseSort, sortRows } from './sort';

const KEYS = ['name', 'created'] as const;

describe('the sort in the URL', () => {
  it('reads a column, a minus for descending, and ignores unknown columns', () => {
    expect(parseSort('name', KEYS)).toEqual({ key: 'name', direction: 'asc' });
    expect(parseSort('-created', KEYS)).toEqual({ key: 'created', direction: 'desc' });
    expect(parseSort('email', KEYS)).toBeNull();
    expect(parseSort('-', KEYS)).toBeNull();
    expect(parseSort(null, KEYS)).toBeNull();
  });

  it('writes what it reads', () => {
    expect(formatSort({ key: 'created', direction: 'desc' })).toBe('-created');
    expect(formatSort({ key: 'name', direction: 'asc' })).toBe('name');
    expect(formatSort(null)).toBeNull();
  });

  it('a new column starts ascending; the same column flips', () => {
    expect(nextSort(null, 'name')).toEqual({ key: 'name', direction: 'asc' });
    expect(nextSort({ key: 'name', direction: 'asc' }, 'name')).toEqual({
      key: 'name',
      direction: 'desc',
    });
    expect(nextSort({ key: 'name', direction: 'desc' }, 'name').direction).toBe('asc');
    expect(nextSort({ key: 'name', direction: 'desc' }, 'created')).toEqual({
      key: 'created',
      direction: 'asc',
    });
  });
});

describe('sortRows', () => {
  const rows = [
    { name: 'role 10', created: '2026-03-01T00:00:00+00:00', n: 3, yes: true },
    { name: 'Role 2', created: '', n: 1, yes: false },
    { name: 'alpha', created: '2026-01-01T00:00:00+00:00', n: 2, yes: true },
  ];
  const value = (r: (typeof rows)[number], key: 'name' | 'created' | 'n' | 'yes') =>
    key === 'created' ? instantValue(r.created) : r[key];
  const names = (list: typeof rows) => list.map((r) => r.name);

  it('keeps the original order without a sort, and does not change the input', () => {
    const copy = [...rows];
    expect(names(sortRows(rows, null, value))).toEqual(['role 10', 'Role 2', 'alpha']);
    sortRows(rows, { key: 'name', direction: 'asc' }, value);
    expect(rows).toEqual(copy);
  });

  it('sorts text ignoring case, with numbers in their natural order', () => {
    expect(names(sortRows(rows, { key: 'name', direction: 'asc' }, value))).toEqual([
      'alpha',
      'Role 2',
      'role 10',
    ]);
    expect(names(sortRows(rows, { key: 'name', direction: 'desc' }, value))).toEqual([
      'role 10',
      'Role 2',
      'alpha',
    ]);
  });

  it('puts rows without a value last in both directions', () => {
    expect(names(sortRows(rows, { key: 'created', direction: 'asc' }, value))).toEqual([
      'alpha',
      'role 10',
      'Role 2',
    ]);
    expect(names(sortRows(rows, { key: 'created', direction: 'desc' }, value))).toEqual([
      'role 10',
      'alpha',
      'Role 2',
    ]);
  });

  it('sorts numbers and yes/no, keeping ties in their original order', () => {
    expect(names(sortRows(rows, { key: 'n', direction: 'desc' }, value))).toEqual([
      'role 10',
      'alpha',
      'Role 2',
    ]);
    expect(names(sortRows(rows, { key: 'yes', direction: 'desc' }, value))).toEqual([
      'role 10',
      'alpha',
      'Role 2',
    ]);
  });

  it('reads instants as milliseconds, and nothing from an absent or unreadable one', () => {
    expect(instantValue('2026-01-01T00:00:00+00:00')).toBe(Date.UTC(2026, 0, 1));
    expect(instantValue('')).toBeNull();
    expect(instantValue('not a time')).toBeNull();
  });
});
