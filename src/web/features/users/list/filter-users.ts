import type { User } from '../../../../shared/schemas/user';

/**
 * A user with name and email lower-cased once, so a keystroke does not lower-case them all;
 * a NUL between them keeps a search from matching across the two.
 */
export interface SearchableUser {
  user: User;
  key: string;
}

export function toSearchable(users: User[]): SearchableUser[] {
  return users.map((user) => ({ user, key: `${user.name}\u0000${user.email}`.toLowerCase() }));
}

/** Users whose name or email contains `q` (ignoring case), in the API's order. */
export function filterUsers(users: SearchableUser[], q: string): User[] {
  const needle = q.trim().toLowerCase();
  if (needle === '') return users.map((u) => u.user);
  return users.filter((u) => u.key.includes(needle)).map((u) => u.user);
}
