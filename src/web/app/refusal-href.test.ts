import { describe, expect, it } from 'vitest';
import { refusalHref } from './refusal-href';

describe('refusalHref', () => {
  it('simulates the user whose key was refused, for the missing action', () => {
    expect(
      refusalHref({ action: 'iam.role.Create', resource: '*', credential: 'own-key' }, 'u-1'),
    ).toBe('/policy-simulator?principal=user%3Au-1&actions=iam.role.Create');
    expect(
      refusalHref({ action: 'iam.user.List', resource: '*', credential: 'server-key' }, 'u-2'),
    ).toBe('/policy-simulator?principal=user%3Au-2&actions=iam.user.List');
  });

  it('keeps the resource, and simulates the held session for a refused session', () => {
    expect(
      refusalHref({ action: 'iam.role.Delete', resource: 'r-9', credential: 'session' }, 'u-1'),
    ).toBe('/policy-simulator?principal=session&actions=iam.role.Delete&resource=r-9');
  });

  it('chooses no principal when whose key it was is not known', () => {
    expect(
      refusalHref({ action: 'iam.role.List', resource: '*', credential: 'own-key' }, undefined),
    ).toBe('/policy-simulator?actions=iam.role.List');
    expect(
      refusalHref({ action: 'iam.role.List', resource: '*', credential: 'other-key' }, 'u-1'),
    ).toBe('/policy-simulator?actions=iam.role.List');
  });
});
