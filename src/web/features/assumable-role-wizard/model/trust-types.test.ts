import { describe, expect, it } from 'vitest';
import { fittingTrustType, trustTypesFor } from './trust-types';

describe('trust types per entity kind', () => {
  it('offers users and groups the two platform types, issuers only FederatedAssumption', () => {
    expect(trustTypesFor('user')).toEqual(['TemporaryAssumption', 'IAMAssumption']);
    expect(trustTypesFor('group')).toEqual(['TemporaryAssumption', 'IAMAssumption']);
    expect(trustTypesFor('oidc')).toEqual(['FederatedAssumption']);
  });

  it('keeps a type that fits the kind and moves one that does not', () => {
    expect(fittingTrustType('group', 'IAMAssumption')).toBe('IAMAssumption');
    expect(fittingTrustType('oidc', 'IAMAssumption')).toBe('FederatedAssumption');
    expect(fittingTrustType('user', 'FederatedAssumption')).toBe('TemporaryAssumption');
    expect(fittingTrustType('user', undefined)).toBe('TemporaryAssumption');
  });
});
