import type { DataTag, QueryKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { itemInEntity, itemInList, withOrWithout } from './use-optimistic-mutation';

interface Item {
  id: string;
  name: string;
}
const ann = { id: 'u1', name: 'Ann' };
const bo = { id: 'u2', name: 'Bo' };
const key = <T>(...parts: string[]) => parts as unknown as DataTag<QueryKey, T, Error>;

describe('withOrWithout', () => {
  it.each([
    ['adds an item last', [ann], bo, true, [ann, bo]],
    ['moves an item held already to the end, once', [ann, bo], ann, true, [bo, ann]],
    ['removes an item by its id', [ann, bo], { id: 'u1', name: 'renamed' }, false, [bo]],
    ['leaves a list without the item as it is', [bo], ann, false, [bo]],
  ])('%s', (_case, list: Item[], item: Item, add: boolean, expected: Item[]) => {
    expect(withOrWithout(list, item, add)).toEqual(expected);
  });
});

describe('itemInList and itemInEntity', () => {
  it('change a cached list, or the list an entity carries, under the key given', () => {
    const roles = itemInList(key<Item[]>('groups', 'g1', 'roles'), true);
    expect(roles.key(ann)).toEqual(['groups', 'g1', 'roles']);
    expect(roles.apply([bo], ann)).toEqual([bo, ann]);

    const group = { id: 'g1', members: [ann, bo] };
    const members = itemInEntity(key<typeof group>('groups', 'g1'), 'members', false);
    expect(members.exact).toBe(true);
    expect(members.apply(group, ann)).toEqual({ id: 'g1', members: [bo] });
  });
});
