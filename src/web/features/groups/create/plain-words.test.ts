import { describe, expect, it } from 'vitest';
import { counted, joinWords } from './plain-words';

describe('plain words for the review step', () => {
  it('joins names as a sentence would', () => {
    expect(joinWords([])).toBe('');
    expect(joinWords(['Blake'])).toBe('Blake');
    expect(joinWords(['Blake', 'Carmen'])).toBe('Blake and Carmen');
    expect(joinWords(['Blake', 'Carmen', 'Devi'])).toBe('Blake, Carmen and Devi');
  });

  it('counts in the singular and the plural', () => {
    expect(counted(1, 'member')).toBe('1 member');
    expect(counted(0, 'role')).toBe('0 roles');
    expect(counted(2, 'role')).toBe('2 roles');
  });
});
