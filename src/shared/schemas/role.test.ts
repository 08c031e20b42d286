import { describe, expect, it } from 'vitest';
import { describeZodError } from './common';
import { roleArn, roleInputSchema } from './role';

const message = (input: unknown) => {
  const r = roleInputSchema.safeParse(input);
  return r.success ? null : describeZodError(r.error, input);
};

describe('roleInputSchema', () => {
  it('trims the name and fills defaults', () => {
    expect(roleInputSchema.parse({ name: '  Ops  ', role_type: 'assumable' })).toEqual({
      name: 'Ops',
      description: '',
      role_type: 'assumable',
      max_session_duration: 3600,
    });
  });

  it.each([
    [{ role_type: 'assignable' }, 'name is required'],
    [{ name: '   ', role_type: 'assignable' }, 'name must be between 1 and 100 characters'],
    [
      { name: 'x'.repeat(101), role_type: 'assignable' },
      'name must be between 1 and 100 characters',
    ],
    [{ name: 7, role_type: 'assignable' }, 'name must be a string'],
    [{ name: 'a', role_type: 'service' }, 'role_type must be one of assignable, assumable'],
    [
      { name: 'a', role_type: 'assumable', max_session_duration: 899 },
      'max_session_duration must be between 900 and 43200',
    ],
    [
      { name: 'a', role_type: 'assumable', max_session_duration: 43201 },
      'max_session_duration must be between 900 and 43200',
    ],
    [
      { name: 'a', role_type: 'assumable', max_session_duration: 1000.5 },
      'max_session_duration must be an integer',
    ],
    [
      { name: 'a', role_type: 'assumable', max_session_duration: '3600' },
      'max_session_duration must be an integer',
    ],
    [
      { name: 'a', role_type: 'assumable', description: 'd'.repeat(501) },
      'description must be at most 500 characters',
    ],
  ])('rejects %o with "%s"', (input, expected) => {
    expect(message(input)).toBe(expected);
  });

  it('builds role ARNs as the STS endpoint expects', () => {
    expect(roleArn('org', 'role')).toBe('arn:aws:iam::org:role/role');
  });
});
