import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-client';
import { fieldsNamedFirst, placeOfServerError, setServerError } from './server-errors';
import type { ServerErrorTable } from './server-errors';

interface Form {
  name: string;
  description: string;
  email: string;
  owner: string;
}

const TABLE: ServerErrorTable<keyof Form> = {
  conflict: 'name',
  notFound: { messages: ['User not found'], place: 'owner' },
  invalid: [
    [/^contact\b/, 'email'],
    ...fieldsNamedFirst(['name', 'description', 'email'] as const),
  ],
};

const place = (status: number, message: string) =>
  placeOfServerError(new ApiError(status, message), TABLE);

describe('placeOfServerError', () => {
  it('puts a 409 on the conflict field, whatever it says', () => {
    expect(place(409, 'a thing named "x" already exists')).toBe('name');
  });

  it('puts a 400 on the field its message begins with, the first rule that fits winning', () => {
    expect(place(400, 'description must be at most 255 characters')).toBe('description');
    expect(place(400, 'email is not an email address')).toBe('email');
    expect(place(400, 'contact must be reachable')).toBe('email');
    // A field name must be followed by a space: "names" is not "name".
    expect(place(400, 'names must differ')).toBeNull();
  });

  it('puts only the 404s it lists on their field', () => {
    expect(place(404, 'User not found')).toBe('owner');
    expect(place(404, 'Role not found')).toBeNull();
  });

  it('leaves other statuses, other errors and unlisted tables to the caller', () => {
    expect(place(403, 'name is not yours to change')).toBeNull();
    expect(place(500, 'name went wrong')).toBeNull();
    expect(placeOfServerError(new Error('name offline'), TABLE)).toBeNull();
    expect(placeOfServerError(new ApiError(409, 'taken'), { invalid: [] })).toBeNull();
  });

  it('can hand back any place, not just a field name', () => {
    const steps: ServerErrorTable<{ step: number }> = { invalid: [['role', { step: 1 }]] };
    expect(placeOfServerError(new ApiError(400, 'role_type is unknown'), steps)).toEqual({
      step: 1,
    });
  });
});

describe('setServerError', () => {
  it("sets the server's words on the field and focuses it", () => {
    const setError = vi.fn();
    expect(setServerError<Form>(new ApiError(409, 'taken'), TABLE, setError)).toBe(true);
    expect(setError).toHaveBeenCalledWith(
      'name',
      { type: 'server', message: 'taken' },
      { shouldFocus: true },
    );
  });

  it('says false and sets nothing when no field fits', () => {
    const setError = vi.fn();
    expect(setServerError<Form>(new ApiError(400, 'body must be an object'), TABLE, setError)).toBe(
      false,
    );
    expect(setServerError<Form>(new TypeError('Failed to fetch'), TABLE, setError)).toBe(false);
    expect(setError).not.toHaveBeenCalled();
  });
});
