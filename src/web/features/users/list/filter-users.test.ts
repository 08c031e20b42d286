import { describe, expect, it } from 'vitest';
import type { User } from '../../../../shared/schemas/user';
import { USER_SEARCH } from './filter-users';

const blake: User = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Blake Chen',
  email: 'blake@acme.example',
  api_enabled: true,
  service_user: false,
  date_created: '2026-01-01T00:00:00+00:00',
};

describe('the Users search', () => {
  it('looks in the name and the email, and has no Type menu', () => {
    expect(USER_SEARCH.fields(blake)).toEqual(['Blake Chen', 'blake@acme.example']);
    expect(USER_SEARCH.keep).toBeUndefined();
  });
});
