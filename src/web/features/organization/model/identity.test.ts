import { describe, expect, it } from 'vitest';
import { commonMember, describeIdentity, identifyCaller } from './identity';

const ada = { id: 'u-ada', name: 'Ada', email: 'ada@example.com' };
const bo = { id: 'u-bo', name: 'Bo', email: 'bo@example.com' };
const cy = { id: 'u-cy', name: '', email: 'cy@example.com' };

describe('commonMember', () => {
  it('finds the one user every group shares', () => {
    expect(
      commonMember([
        { id: 'g1', members: [ada, bo] },
        { id: 'g2', members: [bo, cy] },
      ]),
    ).toEqual(bo);
  });

  it('gives nothing when several or no users are shared', () => {
    expect(commonMember([{ id: 'g1', members: [ada, bo] }])).toBeNull();
    expect(
      commonMember([
        { id: 'g1', members: [ada] },
        { id: 'g2', members: [bo] },
      ]),
    ).toBeNull();
    expect(commonMember([])).toBeNull();
  });

  it('leaves out groups listed without their members', () => {
    expect(
      commonMember([
        { id: 'g1', members: [] },
        { id: 'g2', members: [cy] },
      ]),
    ).toEqual(cy);
    expect(commonMember([{ id: 'g1', members: [] }])).toBeNull();
  });
});

describe('identifyCaller', () => {
  it('names the caller from the users list', () => {
    const thin = { id: 'u-bo', name: '', email: '' };
    expect(identifyCaller([{ id: 'g', members: [thin] }], [ada, bo])).toEqual({
      known: true,
      user: bo,
      via: 'groups',
    });
  });

  it('falls back to the member record, then the email, for a name', () => {
    expect(identifyCaller([{ id: 'g', members: [cy] }], [])).toEqual({
      known: true,
      user: { id: 'u-cy', name: 'cy@example.com', email: 'cy@example.com' },
      via: 'groups',
    });
  });

  it('is unknown when the groups do not single anyone out', () => {
    expect(identifyCaller([{ id: 'g', members: [ada, bo] }], [ada, bo])).toEqual({
      known: false,
    });
    expect(identifyCaller([], [ada])).toEqual({ known: false });
  });
});

describe('describeIdentity', () => {
  it('names a known caller, marking the person’s own key', () => {
    const known = { known: true as const, user: ada, via: 'me' as const };
    expect(describeIdentity(known, false).label).toBe('Ada');
    expect(describeIdentity(known, true).label).toBe('Ada (your key)');
    expect(describeIdentity(known, true).detail).toBe('ada@example.com');
  });

  it('says plainly which key is in use when Vultr does not say whose it is', () => {
    const server = describeIdentity({ known: false }, false);
    expect(server.label).toBe("the console server's key");
    expect(server.title).toBe("The console server's key");
    expect(server.detail).toMatch(/^Vultr does not say whose key this is/);
    expect(describeIdentity({ known: false }, true).label).toBe('your key');
    expect(JSON.stringify(server)).not.toMatch(/unknown/i);
  });
});
