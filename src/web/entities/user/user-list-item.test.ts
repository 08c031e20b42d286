import { describe, expect, it } from 'vitest';
import { userListItem } from './user-list-item';

describe('a user in an entity list', () => {
  it('links to the user page by id, with the email under the name', () => {
    expect(userListItem({ id: 'u-1', name: 'Ann Lee', email: 'ann@example.com' })).toEqual({
      key: 'u-1',
      name: 'Ann Lee',
      to: '/users/u-1',
      secondary: 'ann@example.com',
    });
  });

  it('names a user without a name by id, and escapes the id in the link', () => {
    const item = userListItem({ id: 'a/b c', name: '', email: 'x@example.com' });
    expect(item.name).toBe('a/b c');
    expect(item.to).toBe('/users/a%2Fb%20c');
  });
});
