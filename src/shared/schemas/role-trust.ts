import { IANAZone } from 'luxon';
import { z } from 'zod';
import { idSchema, timestampSchema } from './common';
import { isObject, listOf, looseArray, looseInstant, looseString, wrappedOrNot } from '../api/read';
import { parseIpEntry } from './ip';

export const TRUST_TYPES = ['TemporaryAssumption', 'IAMAssumption', 'FederatedAssumption'] as const;
export const trustTypeSchema = z.enum(TRUST_TYPES, {
  error: `must be one of ${TRUST_TYPES.join(', ')}`,
});
export type TrustType = z.infer<typeof trustTypeSchema>;

/** One line each, as the console explains them. */
export const TRUST_TYPE_MEANINGS: Record<TrustType, string> = {
  TemporaryAssumption:
    'The trusted entity calls the assume endpoint explicitly; the session it gets becomes the principal.',
  IAMAssumption:
    'Assumed implicitly through OIDC inline validation; the platform user stays the principal.',
  FederatedAssumption:
    'Assumed implicitly through OIDC inline validation; the role itself is the principal.',
};

export const DAYS_OF_WEEK = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
export const dayOfWeekSchema = z.enum(DAYS_OF_WEEK, {
  error: 'must be a lower-case English day name (monday … sunday)',
});
export type DayOfWeek = z.infer<typeof dayOfWeekSchema>;

/**
 * `utc` or an IANA zone name such as `Europe/Berlin`. The name is kept exactly as written: a link
 * such as `Asia/Calcutta` stays `Asia/Calcutta` and `UTC` stays `UTC`, so what was sent is what
 * is read back.
 */
export const timezoneSchema = z
  .string({ error: 'must be a string' })
  .refine(
    (zone) =>
      zone.toLowerCase() === 'utc' || (/^[A-Za-z]/.test(zone) && IANAZone.isValidZone(zone)),
    {
      error: 'must be an IANA time zone name such as Europe/Berlin, or utc',
    },
  );

const hour = (min: number, max: number) =>
  z
    .number({ error: 'must be an integer' })
    .int('must be an integer')
    .min(min, `must be between ${min} and ${max}`)
    .max(max, `must be between ${min} and ${max}`);

/** The schedule: `[start:00, end:00)` local time in `timezone`, on `days_of_week` (all days when absent). */
export const timeOfDaySchema = z
  .object({
    timezone: timezoneSchema.default('utc'),
    days_of_week: z
      .array(dayOfWeekSchema, { error: 'must be an array of day names' })
      .min(1, 'must name at least one day')
      .refine((days) => new Set(days).size === days.length, { error: 'must not repeat a day' })
      .optional(),
    start: hour(0, 23).optional(),
    end: hour(1, 24).optional(),
  })
  .superRefine((t, ctx) => {
    if ((t.start === undefined) !== (t.end === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [t.start === undefined ? 'start' : 'end'],
        message: 'must be given together with start and end (both or neither)',
      });
    } else if (t.start !== undefined && t.start === t.end) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'must differ from start' });
    }
  });
export type TimeOfDay = z.output<typeof timeOfDaySchema>;

/** IP allow-list: each entry an address or CIDR range, normalised; duplicates refused. */
export const ipAllowListSchema = z
  .array(z.string({ error: 'must be a string' }), { error: 'must be an array of addresses' })
  .max(100, 'must hold at most 100 entries')
  .transform((entries, ctx) => {
    const seen = new Map<string, number>();
    const out: string[] = [];
    entries.forEach((entry, i) => {
      const parsed = parseIpEntry(entry);
      if (!parsed.ok) {
        ctx.addIssue({ code: 'custom', path: [i], message: parsed.reason });
        return;
      }
      const previous = seen.get(parsed.normalized);
      if (previous !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [i],
          message: `duplicates entry ${previous} (${parsed.normalized})`,
        });
        return;
      }
      seen.set(parsed.normalized, i);
      out.push(parsed.normalized);
    });
    return out;
  });

export const conditionsSchema = z.object({
  time_of_day: timeOfDaySchema.optional(),
  ip_address: ipAllowListSchema.default([]),
});
export type TrustConditions = z.output<typeof conditionsSchema>;

/** `valid_until`: an instant with an offset; empty string or null means no expiry. */
const VALID_UNTIL_RULE =
  'must be an ISO-8601 timestamp with an offset, such as 2026-12-31T23:59:59+00:00';
const validUntilSchema = z
  .string({ error: VALID_UNTIL_RULE })
  .refine((v) => v === '' || timestampSchema.safeParse(v).success, { error: VALID_UNTIL_RULE })
  .nullable()
  .transform((v) => (v ? v : null));

const principalFields = {
  trusted_user_id: idSchema.optional(),
  trusted_group_id: idSchema.optional(),
  trusted_oidc_issuer_id: idSchema.optional(),
};

function exactlyOnePrincipal(
  t: { trusted_user_id?: string; trusted_group_id?: string; trusted_oidc_issuer_id?: string },
  ctx: z.RefinementCtx,
  required: boolean,
) {
  const given = [t.trusted_user_id, t.trusted_group_id, t.trusted_oidc_issuer_id].filter(
    (v) => v !== undefined && v !== '',
  ).length;
  if (given > 1 || (required && given === 0)) {
    ctx.addIssue({
      code: 'custom',
      path: ['trusted_user_id'],
      message:
        'exactly one of trusted_user_id, trusted_group_id, trusted_oidc_issuer_id must be given',
    });
  }
}

/** Body of POST /v2/role-trusts. */
export const roleTrustCreateSchema = z
  .object({
    role_id: idSchema,
    trust_type: trustTypeSchema,
    ...principalFields,
    conditions: conditionsSchema.default({ ip_address: [] }),
    valid_until: validUntilSchema.optional(),
  })
  .superRefine((t, ctx) => exactlyOnePrincipal(t, ctx, true));
export type RoleTrustCreateInput = z.input<typeof roleTrustCreateSchema>;
export type RoleTrustCreate = z.output<typeof roleTrustCreateSchema>;

/** Body of PUT /v2/role-trusts/{id}: every field optional, omitted = unchanged. */
export const roleTrustUpdateSchema = z
  .object({
    trust_type: trustTypeSchema.optional(),
    ...principalFields,
    conditions: conditionsSchema.optional(),
    valid_until: validUntilSchema.optional(),
  })
  .superRefine((t, ctx) => exactlyOnePrincipal(t, ctx, false));
export type RoleTrustUpdate = z.output<typeof roleTrustUpdateSchema>;

/**
 * A schedule as read: any subset of `{timezone, days_of_week, start, end}`, each possibly `null`.
 * The zone is kept exactly as sent (`Asia/Calcutta` stays `Asia/Calcutta`). Equal or half-given
 * hours (govultr's zero value is `{start: 0, end: 0}`) mean no window of hours; a schedule with
 * neither days nor hours is no schedule.
 */
export const timeOfDayReadSchema = z
  .object({
    timezone: looseString,
    days_of_week: looseArray(z.string().transform((d) => d.toLowerCase())),
    start: z.number().int().nullish(),
    end: z.number().int().nullish(),
  })
  .nullish()
  .transform((t): TimeOfDay | undefined => {
    if (!t) return undefined;
    const days = t.days_of_week.filter((d): d is DayOfWeek =>
      (DAYS_OF_WEEK as readonly string[]).includes(d),
    );
    const hours =
      t.start !== null &&
      t.start !== undefined &&
      t.end !== null &&
      t.end !== undefined &&
      t.start !== t.end
        ? { start: t.start, end: t.end }
        : {};
    if (days.length === 0 && !('start' in hours)) return undefined;
    return {
      timezone: t.timezone || 'utc',
      ...(days.length > 0 ? { days_of_week: days } : {}),
      ...hours,
    };
  });

/**
 * A role trust as the API returns it. Principal fields not in use, `ip_address` and `valid_until`
 * may be `""`, `null` or absent (all read as empty). `role_id` is OpenAPI's (govultr has only
 * `role_name`): `""` when absent, and readers of `by-role/{id}` fill it in. `issuer_display` is
 * the emulator's ([E]): the console names an issuer from the issuer list.
 */
export const roleTrustSchema = z.object({
  id: idSchema,
  role_id: looseString,
  role_name: looseString,
  trust_type: trustTypeSchema,
  trusted_user_id: looseString,
  user_display: looseString,
  trusted_group_id: looseString,
  group_display: looseString,
  trusted_oidc_issuer_id: looseString,
  issuer_display: looseString,
  conditions: z
    .object({
      time_of_day: timeOfDayReadSchema,
      ip_address: looseArray(z.string()),
    })
    .nullish()
    .transform((c) => ({
      ...(c?.time_of_day ? { time_of_day: c.time_of_day } : {}),
      ip_address: c?.ip_address ?? [],
    })),
  valid_until: looseInstant,
  date_created: looseInstant,
});
export type RoleTrust = z.output<typeof roleTrustSchema>;

export const roleTrustListSchema = listOf('role_trusts', roleTrustSchema);
export const roleTrustReadSchema = z.object({ role_trust: roleTrustSchema });
/** A create, update or restore reply. */
export const roleTrustReplySchema = wrappedOrNot('role_trust', roleTrustSchema);

/**
 * GET /role-trusts/assumable/{user-id}: trusts under `assumable_roles` (govultr), or role objects
 * under `roles` as some replies name them; role objects carry no trust and are kept apart.
 */
export const assumableRolesSchema = z.preprocess(
  (body) =>
    isObject(body) && !('assumable_roles' in body) && Array.isArray(body.roles)
      ? { ...body, assumable_roles: [], roles: body.roles }
      : body,
  z.object({
    assumable_roles: looseArray(roleTrustSchema),
    roles: looseArray(z.object({ id: idSchema, name: looseString })).optional(),
  }),
);
