import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { roleErrorPlace, trustErrorPlace } from './server-errors';

const field = (place: { field: string } | null) => place?.field ?? null;

describe('server errors onto fields', () => {
  it('puts a taken name and role rules on the role step', () => {
    expect(field(roleErrorPlace(new ApiError(409, 'a role named "x" already exists')))).toBe(
      'role.name',
    );
    expect(
      field(
        roleErrorPlace(new ApiError(400, 'max_session_duration must be between 900 and 43200')),
      ),
    ).toBe('role.max_session_duration');
    expect(roleErrorPlace(new ApiError(500, 'boom'))).toBeNull();
  });

  it('puts trust answers on the step that holds the field', () => {
    const at = (status: number, message: string) =>
      field(trustErrorPlace(new ApiError(status, message)));
    expect(at(400, 'valid_until must be in the future')).toBe('trust.valid_until.local');
    expect(at(404, 'Group not found')).toBe('trust.entity_id');
    expect(at(400, 'conditions.time_of_day.end must differ from start')).toBe('schedule.end');
    expect(at(400, 'conditions.ip_address.0 "x" is not a valid IPv4 or IPv6 address')).toBe(
      'ip_address',
    );
    expect(at(400, 'conditions.time_of_day is invalid')).toBe('schedule.mode');
    expect(at(502, 'upstream down')).toBeNull();
    expect(trustErrorPlace(new Error('network'))).toBeNull();
  });
});
