import { describe, expect, it } from 'vitest';
import { ALL_ROUTES } from './contract';
import { keepShape, V_FIELDS } from './v-fields';
import type { Shape } from './v-fields';

describe('V_FIELDS', () => {
  it('describes the reply of every route of Vultr’s, and of no route of the emulator’s own', () => {
    for (const { name, route } of ALL_ROUTES) {
      if (route.source === 'V') expect(V_FIELDS[name], name).toBeDefined();
      else expect(V_FIELDS[name], name).toBeUndefined();
    }
    const known = new Set(ALL_ROUTES.map((r) => r.name));
    for (const name of Object.keys(V_FIELDS)) expect(known.has(name as never), name).toBe(true);
  });

  it('expects no body from deletes and detaches', () => {
    for (const { name, route } of ALL_ROUTES) {
      if (route.method === 'DELETE') expect(V_FIELDS[name], name).toBe('no-body');
    }
  });

  /** The shape of a field, following `path` (`users[].date_created`) through the shape. */
  const shapeAt = (shape: Shape | 'no-body' | undefined, path: string): Shape | undefined => {
    let at: Shape | 'no-body' | undefined = shape;
    for (const part of path.split('.')) {
      const [field, ...items] = part.split('[]');
      if (at === undefined || at === true || at === 'no-body' || Array.isArray(at))
        return undefined;
      at = (at as Record<string, Shape>)[field!];
      for (const _ of items) at = Array.isArray(at) ? (at as [Shape])[0] : undefined;
    }
    return at === 'no-body' ? undefined : at;
  };

  it('leaves out every field the emulator adds', () => {
    expect(shapeAt(V_FIELDS.listUsers, 'users[].id')).toBe(true);
    expect(shapeAt(V_FIELDS.listUsers, 'users[].date_created')).toBeUndefined();
    expect(shapeAt(V_FIELDS.readUser, 'user.first_name')).toBe(true);
    expect(shapeAt(V_FIELDS.readTrust, 'role_trust.role_name')).toBe(true);
    expect(shapeAt(V_FIELDS.readTrust, 'role_trust.issuer_display')).toBeUndefined();
    expect(shapeAt(V_FIELDS.listTrusts, 'role_trusts[].issuer_display')).toBeUndefined();
    for (const field of ['display_name', 'crv', 'x', 'y']) {
      expect(shapeAt(V_FIELDS.readIssuer, `issuer.${field}`), field).toBeUndefined();
    }
    expect(shapeAt(V_FIELDS.readIssuer, 'issuer.uri')).toBe(true);
    expect(shapeAt(V_FIELDS.listUserSessions, 'sessions[].session_token')).toBe(true);
    expect(shapeAt(V_FIELDS.listUserSessions, 'sessions[].token_suffix')).toBeUndefined();
    expect(shapeAt(V_FIELDS.readRole, 'role.policies[].policy_id')).toBe(true);
  });
});

describe('keepShape', () => {
  const shape: Shape = {
    items: [{ id: true, doc: true, inner: { a: true } }],
    meta: { total: true },
  };

  it('keeps named fields, keeps `true` values whole, and reports each dropped field', () => {
    const removed: string[] = [];
    const out = keepShape(
      shape,
      {
        items: [
          { id: 1, doc: { anything: [1, 2] }, inner: { a: 1, b: 2 }, extra: 'x' },
          { id: 2, extra: 'y' },
        ],
        meta: { total: 2, links: {} },
        more: true,
      },
      (path) => removed.push(path),
    );
    expect(out).toEqual({
      items: [{ id: 1, doc: { anything: [1, 2] }, inner: { a: 1 } }, { id: 2 }],
      meta: { total: 2 },
    });
    expect(removed.sort()).toEqual(
      ['items[].extra', 'items[].extra', 'items[].inner.b', 'meta.links', 'more'].sort(),
    );
  });

  it('keeps a value of another kind than described as it is', () => {
    expect(keepShape(shape, { items: { not: 'a list' } })).toEqual({ items: { not: 'a list' } });
    expect(keepShape(shape, null)).toBeNull();
    expect(keepShape(shape, [1])).toEqual([1]);
  });

  it('does not mistake inherited names for fields', () => {
    const removed: string[] = [];
    expect(keepShape({ id: true }, { id: 1, toString: 'x' }, (p) => removed.push(p))).toEqual({
      id: 1,
    });
    expect(removed).toEqual(['toString']);
  });
});
