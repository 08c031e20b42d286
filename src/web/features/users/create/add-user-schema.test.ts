import { describe, expect, it } from 'vitest';
import { ADD_USER_DEFAULTS, addUserFormSchema } from './add-user-schema';

describe('the Add User form schema', () => {
  it('reports every wrong field at once', () => {
    const result = addUserFormSchema.safeParse(ADD_USER_DEFAULTS);
    expect(result.success).toBe(false);
    const fields = result.error?.issues.map((i) => i.path.join('.'));
    expect(fields).toEqual(expect.arrayContaining(['name', 'email', 'password']));
  });

  it('makes the API body: trimmed name and email, switches as set', () => {
    const result = addUserFormSchema.parse({
      name: '  Robin Vale ',
      email: ' robin@example.com ',
      password: 'correct horse battery',
      api_enabled: false,
      service_user: true,
    });
    expect(result).toEqual({
      name: 'Robin Vale',
      email: 'robin@example.com',
      password: 'correct horse battery',
      api_enabled: false,
      service_user: true,
    });
  });

  it('names the password rule', () => {
    const result = addUserFormSchema.safeParse({
      ...ADD_USER_DEFAULTS,
      name: 'Robin',
      email: 'robin@example.com',
      password: 'short',
    });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['password'], message: 'must be at least 10 characters' }),
    ]);
  });
});
