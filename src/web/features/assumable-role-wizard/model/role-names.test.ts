import { describe, expect, it } from 'vitest';
import { roleNameKey, takenNameMessage, takenRoleName } from './role-names';

describe('takenRoleName', () => {
  const existing = ['On-call Responder', 'Nightly Batch', 'Ärger'];

  it('finds a name that differs only in ASCII case or surrounding spaces', () => {
    expect(takenRoleName('on-call responder', existing)).toBe('On-call Responder');
    expect(takenRoleName('  NIGHTLY BATCH ', existing)).toBe('Nightly Batch');
  });

  it('leaves free names, and empty ones, alone', () => {
    expect(takenRoleName('On-call Responders', existing)).toBeUndefined();
    expect(takenRoleName('   ', existing)).toBeUndefined();
  });

  it('folds only A–Z, as the emulator’s SQLite lower() does', () => {
    expect(roleNameKey('ÄRGER Ab')).toBe('Ärger ab');
    expect(takenRoleName('ärger', existing)).toBeUndefined();
    expect(takenRoleName('Ärger', existing)).toBe('Ärger');
  });

  it('words the error with the existing spelling', () => {
    expect(takenNameMessage('Nightly Batch')).toBe('A role named “Nightly Batch” already exists');
  });
});
