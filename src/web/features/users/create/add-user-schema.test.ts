import { describe, expect, it } from 'vitest';
import { userCreateSchema } from '../../../../shared/schemas/user';
import { ADD_USER_DEFAULTS, addUserFormSchema } from './add-user-schema';

describe('the Add User form schema', () => {
  it('reports every wrong field at once', () => {
    const result = addUserFormSchema.safeParse(ADD_USER_DEFAULTS);
    expect(result.success).toBe(false);
    const fields = result.error?.issues.map((i) => i.path.join('.'));
    expect(fields).toEqual(
      expect.arrayContaining(['first_name', 'last_name', 'email', 'password']),
    );
  });

  it('makes the API body with first name, last name and both joined as name', () => {
    const result = addUserFormSchema.parse({
      first_name: '  Robin ',
      last_name: ' Vale',
      email: ' robin@example.com ',
      password: 'correct horse battery',
      api_enabled: false,
      service_user: true,
    });
    expect(result).toEqual({
      first_name: 'Robin',
      last_name: 'Vale',
      name: 'Robin Vale',
      email: 'robin@example.com',
      password: 'correct horse battery',
      api_enabled: false,
      service_user: true,
    });
    // The body reads the same to the emulator's own rules.
    expect(userCreateSchema.parse(result).name).toBe('Robin Vale');
  });

  it('names the password rule', () => {
    const result = addUserFormSchema.safeParse({
      ...ADD_USER_DEFAULTS,
      first_name: 'Robin',
      last_name: 'Vale',
      email: 'robin@example.com',
      password: 'short',
    });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['password'], message: 'must be at least 10 characters' }),
    ]);
  });

  it('puts a joined name that is too long on Last name', () => {
    const result = addUserFormSchema.safeParse({
      ...ADD_USER_DEFAULTS,
      first_name: 'R'.repeat(60),
      last_name: 'V'.repeat(60),
      email: 'robin@example.com',
      password: 'correct horse battery',
    });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ['last_name'],
        message: 'with the first name must be between 1 and 100 characters',
      }),
    ]);
  });
});
