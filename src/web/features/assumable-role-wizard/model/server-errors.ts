import type { FieldPath } from 'react-hook-form';
import { fieldsNamedFirst, placeOfServerError } from '../../../lib/server-errors';
import type { ServerErrorTable } from '../../../lib/server-errors';
import type { TrustFormInput, WizardInput } from './wizard-schema';

/** Where a server's answer belongs: a form field, and the wizard step showing it. */
export interface ErrorPlace<T extends WizardInput | TrustFormInput> {
  field: FieldPath<T>;
  /** The field's top-level key, which names its step. */
  key: keyof T;
}

const ON_ENTITY: ErrorPlace<TrustFormInput> = { field: 'trust.entity_id', key: 'trust' };
const SCHEDULE_FIELDS = ['start', 'end', 'timezone', 'days_of_week'] as const;
const ROLE_FIELDS = ['name', 'description', 'max_session_duration', 'role_type'] as const;

/**
 * A trust body's answers, from the API's message ("valid_until must be in the future",
 * "conditions.time_of_day.end must differ from start", a 404 "Group not found").
 */
const TRUST_ERRORS: ServerErrorTable<ErrorPlace<TrustFormInput>> = {
  notFound: { messages: ['Invalid user', 'Group not found', 'Issuer Not Found'], place: ON_ENTITY },
  invalid: [
    ['valid_until ', { field: 'trust.valid_until.local', key: 'trust' }],
    ['trust_type ', { field: 'trust.trust_type', key: 'trust' }],
    ['trusted_', ON_ENTITY],
    ['exactly one of', ON_ENTITY],
    ['conditions.ip_address', { field: 'ip_address', key: 'ip_address' }],
    ...SCHEDULE_FIELDS.map(
      (f) => [`conditions.time_of_day.${f} `, { field: `schedule.${f}`, key: 'schedule' }] as const,
    ),
    ['conditions.time_of_day', { field: 'schedule.mode', key: 'schedule' }],
  ],
};

/** The role body's answers: a taken name (409) on Name, a 400 on the field it names. */
const ROLE_ERRORS: ServerErrorTable<ErrorPlace<WizardInput>> = {
  conflict: { field: 'role.name', key: 'role' },
  invalid: fieldsNamedFirst(ROLE_FIELDS).map(
    ([start, f]) => [start, { field: `role.${f}`, key: 'role' }] as const,
  ),
};

/** The field a 400/404 about a trust body is about; null when it fits none. */
export const trustErrorPlace = (error: unknown) => placeOfServerError(error, TRUST_ERRORS);

/** The field a 400/409 about the role body is about; null when it fits none. */
export const roleErrorPlace = (error: unknown) => placeOfServerError(error, ROLE_ERRORS);
