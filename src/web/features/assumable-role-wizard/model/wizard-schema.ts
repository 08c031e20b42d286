import { z } from 'zod';
import { idSchema } from '../../../../shared/schemas/common';
import { roleInputSchema, SESSION_DURATION_DEFAULT } from '../../../../shared/schemas/role';
import {
  DAYS_OF_WEEK,
  dayOfWeekSchema,
  ipAllowListSchema,
  timeOfDaySchema,
  trustTypeSchema,
} from '../../../../shared/schemas/role-trust';
import { SCHEDULE_MODES, timeOfDayOf } from './schedule-modes';
import { canonicalZone } from './time-zones';
import type { ValidUntilInput } from './valid-until';
import { validUntilInstant } from './valid-until';

import { TRUSTED_KINDS } from '../../../entities/trust/trusted-kinds';
import type { TrustedKind } from '../../../entities/trust/trusted-kinds';

export const ENTITY_KINDS = TRUSTED_KINDS;
export type EntityKind = TrustedKind;
export { TRUSTED_KIND_LABELS as ENTITY_KIND_LABELS } from '../../../entities/trust/trusted-kinds';

export interface WizardSchemaOptions {
  /** The clock "Valid until" is judged against. */
  now?: () => Date;
  /**
   * When editing a trust: its current expiry, which may stay as it is even if it has passed
   * (the API only refuses a new expiry in the past).
   */
  keptValidUntil?: ValidUntilInput;
}

const sameValidUntil = (a: ValidUntilInput, b: ValidUntilInput | undefined) =>
  b !== undefined && a.local === b.local && (a.local === '' || a.zone === b.zone);

/** Step 1: exactly the POST /v2/roles body, fixed to an assumable role. */
export const roleStepSchema = roleInputSchema.extend({ role_type: z.literal('assumable') });

/** Step 2: who may assume the role, how, and until when. */
function trustStepSchema({ now = () => new Date(), keptValidUntil }: WizardSchemaOptions) {
  return z
    .object({
      kind: z.enum(ENTITY_KINDS),
      entity_id: z.string().min(1, 'is required').pipe(idSchema),
      trust_type: trustTypeSchema,
      valid_until: z.object({ local: z.string(), zone: z.string() }),
    })
    .superRefine((t, ctx) => {
      const at = validUntilInstant(t.valid_until);
      if (at === null || sameValidUntil(t.valid_until, keptValidUntil)) return;
      const path = ['valid_until', 'local'];
      if (!at.isValid) {
        ctx.addIssue({ code: 'custom', path, message: 'must be a date and time' });
      } else if (at.toMillis() <= now().getTime()) {
        ctx.addIssue({ code: 'custom', path, message: 'must be in the future' });
      }
    });
}

/** Step 3: the mode picks which fields count; the shared time_of_day schema judges them. */
export const scheduleStepSchema = z
  .object({
    mode: z.enum(SCHEDULE_MODES),
    start: z.number(),
    end: z.number(),
    timezone: z.string(),
    days_of_week: z.array(dayOfWeekSchema),
  })
  .superRefine((s, ctx) => {
    const timeOfDay = timeOfDayOf(s);
    if (!timeOfDay) return;
    const checked = timeOfDaySchema.safeParse(timeOfDay);
    if (checked.success) return;
    for (const issue of checked.error.issues) {
      ctx.addIssue({ code: 'custom', path: [issue.path[0] ?? 'mode'], message: issue.message });
    }
  });

/** The whole wizard: one top-level key per step, so Next checks one key (`trigger(step.field)`). */
export function wizardSchema(options: WizardSchemaOptions = {}) {
  return z.object({
    role: roleStepSchema,
    trust: trustStepSchema(options),
    schedule: scheduleStepSchema,
    ip_address: ipAllowListSchema,
    policy_ids: z.array(idSchema),
  });
}
export type WizardInput = z.input<ReturnType<typeof wizardSchema>>;
export type WizardValues = z.output<ReturnType<typeof wizardSchema>>;

/** The part the trust editor shares with the wizard: steps 2–4. */
export function trustFormSchema(options: WizardSchemaOptions = {}) {
  return wizardSchema(options).pick({ trust: true, schedule: true, ip_address: true });
}
export type TrustFormInput = z.input<ReturnType<typeof trustFormSchema>>;
export type TrustFormValues = z.output<ReturnType<typeof trustFormSchema>>;

/** The viewer's zone, which schedule and expiry start from, by its current IANA name. */
export function browserZone(): string {
  return canonicalZone(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
}

export function wizardDefaults(zone = browserZone()): WizardInput {
  return {
    role: {
      name: '',
      description: '',
      role_type: 'assumable',
      max_session_duration: SESSION_DURATION_DEFAULT,
    },
    trust: {
      kind: 'user',
      entity_id: '',
      trust_type: 'TemporaryAssumption',
      valid_until: { local: '', zone },
    },
    schedule: {
      mode: 'always',
      start: 9,
      end: 17,
      timezone: zone,
      days_of_week: [...DAYS_OF_WEEK.slice(0, 5)],
    },
    ip_address: [],
    policy_ids: [],
  };
}

/** The choices of Maximum session duration, in seconds (15 minutes … 12 hours). */
export const SESSION_DURATION_CHOICES = [
  900, 1800, 3600, 7200, 10_800, 14_400, 21_600, 28_800, 43_200,
] as const;
