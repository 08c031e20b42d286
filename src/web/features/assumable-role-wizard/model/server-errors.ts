import type { FieldPath } from 'react-hook-form';
import { ApiError } from '../../../lib/api-client';
import type { TrustFormInput, WizardInput } from './wizard-schema';

/** Where a server's answer belongs: a form field, and the wizard step showing it. */
export interface ErrorPlace<T extends WizardInput | TrustFormInput> {
  field: FieldPath<T>;
  /** The field's top-level key, which names its step. */
  key: keyof T;
}

const SCHEDULE_FIELDS = ['start', 'end', 'timezone', 'days_of_week'] as const;
const ROLE_FIELDS = ['name', 'description', 'max_session_duration', 'role_type'] as const;
const PRINCIPAL_404 = ['Invalid user', 'Group not found', 'Issuer Not Found'];

/**
 * The field a 400/404 about a trust body is about, from the API's message ("valid_until must be
 * in the future", "conditions.time_of_day.end must differ from start", "Group not found").
 */
export function trustErrorPlace(error: unknown): ErrorPlace<TrustFormInput> | null {
  if (!(error instanceof ApiError)) return null;
  const m = error.message;
  if (error.status === 404 && PRINCIPAL_404.includes(m)) {
    return { field: 'trust.entity_id', key: 'trust' };
  }
  if (error.status !== 400) return null;
  if (m.startsWith('valid_until ')) return { field: 'trust.valid_until.local', key: 'trust' };
  if (m.startsWith('trust_type ')) return { field: 'trust.trust_type', key: 'trust' };
  if (m.startsWith('trusted_') || m.startsWith('exactly one of')) {
    return { field: 'trust.entity_id', key: 'trust' };
  }
  if (m.startsWith('conditions.ip_address')) return { field: 'ip_address', key: 'ip_address' };
  const scheduleField = SCHEDULE_FIELDS.find((f) => m.startsWith(`conditions.time_of_day.${f} `));
  if (scheduleField) return { field: `schedule.${scheduleField}`, key: 'schedule' };
  if (m.startsWith('conditions.time_of_day')) return { field: 'schedule.mode', key: 'schedule' };
  return null;
}

/** The field a 400/409 about the role body is about: a taken name goes on Name. */
export function roleErrorPlace(error: unknown): ErrorPlace<WizardInput> | null {
  if (!(error instanceof ApiError)) return null;
  if (error.status === 409) return { field: 'role.name', key: 'role' };
  if (error.status !== 400) return null;
  const field = ROLE_FIELDS.find((f) => error.message.startsWith(`${f} `));
  return field ? { field: `role.${field}`, key: 'role' } : null;
}
