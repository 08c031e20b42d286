import { describe, expect, it } from 'vitest';
import { describeGrid, runsOf } from './weekly-grid';

const hours = (from: number, to: number) =>
  Array.from({ length: 24 }, (_, h) => h >= from && h < to);

describe('runsOf', () => {
  it('finds each run of allowed cells', () => {
    const row = hours(9, 17).map((on, h) => on || h >= 22);
    expect(runsOf(row)).toEqual([
      [9, 17],
      [22, 24],
    ]);
    expect(runsOf(hours(0, 0))).toEqual([]);
  });
});

describe('describeGrid', () => {
  it('says each row in words', () => {
    const words = (a: number, b: number) => `${a}–${b}`;
    expect(
      describeGrid([hours(9, 17), hours(0, 24), hours(0, 0)], ['Mon', 'Tue', 'Wed'], words),
    ).toBe('Mon 9–17; Tue all day; Wed none');
  });
});
