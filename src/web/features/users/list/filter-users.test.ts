import { describe, expect, it } from 'vitest';
import type { User } from '../../../../shared/schemas/user';
import { filterUsers, toSearchable } from './filter-users';

const user = (n: number, name: string, email: string): User => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  name,
  email,
  api_enabled: true,
  service_user: false,
  date_created: '2026-01-01T00:00:00+00:00',
});

const users = toSearchable([
  user(1, 'Blake Chen', 'blake@acme.example'),
  user(2, 'ci-deployer', 'ci@builds.example'),
  user(3, 'Carmen Diaz', 'carmen@acme.example'),
]);
const names = (list: User[]) => list.map((u) => u.name);

describe('filterUsers', () => {
  it('matches a part of the name or of the email, ignoring case, in the API order', () => {
    expect(names(filterUsers(users, 'CHEN'))).toEqual(['Blake Chen']);
    expect(names(filterUsers(users, ' acme.example '))).toEqual(['Blake Chen', 'Carmen Diaz']);
    expect(names(filterUsers(users, 'builds'))).toEqual(['ci-deployer']);
  });

  it('does not match across the name and the email', () => {
    expect(filterUsers(users, 'chenblake')).toEqual([]);
  });

  it('returns everyone for an empty search', () => {
    expect(filterUsers(users, '  ')).toHaveLength(3);
  });
});
