import { z } from 'zod';
import { idSchema } from './common';
import {
  instant,
  isObject,
  listOf,
  looseInstant,
  looseInt,
  looseString,
  wrappedOrNot,
} from '../api/read';
import { sessionDurationSchema } from './role';

/** `RoleSessionName` / `session_name`: 2–64 of A-Z a-z 0-9 _ + = , . @ - */
export const SESSION_NAME_PATTERN = /^[\w+=,.@-]*$/;
export const sessionNameSchema = z
  .string({ error: 'must be a string' })
  .min(2, 'must be between 2 and 64 characters')
  .max(64, 'must be between 2 and 64 characters')
  .regex(SESSION_NAME_PATTERN, 'may contain only letters, digits and _ + = , . @ -');

/** Body of POST /v2/assumed-roles/assume. */
export const assumeRequestSchema = z.object({
  role_id: idSchema,
  session_name: sessionNameSchema,
  duration: sessionDurationSchema.optional(),
  user_id: idSchema.optional(),
  context: z
    .object({ ip_address: z.string({ error: 'must be a string' }).max(64).optional() })
    .optional(),
});
export type AssumeRequest = z.infer<typeof assumeRequestSchema>;

/**
 * An assumed-role session as the API returns it. Sessions are addressed by `session_token` [V];
 * `id` (OpenAPI), `token_suffix`, `role_name` and `oidc_subject` (the emulator's) may be missing.
 * `conditions_met` may be a bare boolean (OpenAPI): `true` reads as `["all"]`, `false` as `[]`.
 * `expires_at` may come without a zone and with a space (UTC).
 */
export const sessionSchema = z.object({
  id: looseString,
  session_token: z.string(),
  token_suffix: looseString,
  role_id: idSchema,
  role_name: looseString,
  user_id: looseString,
  oidc_issuer_id: looseString,
  oidc_subject: looseString,
  session_name: looseString,
  auth_method: looseString,
  remaining_duration: looseInt(0),
  conditions_met: z
    .union([z.array(z.string()), z.boolean()])
    .nullish()
    .transform((met) => (typeof met === 'boolean' ? (met ? ['all'] : []) : (met ?? []))),
  source_ip: looseString,
  assumed_at: looseInstant,
  expires_at: instant,
});
export type Session = z.output<typeof sessionSchema>;

export const sessionListSchema = listOf('sessions', sessionSchema, ['assumed_role_sessions']);
/**
 * GET /assumed-roles/{token}: `{"assumed_role": {...}}`, or the session itself (govultr decodes the
 * reply unwrapped); read as the wrapped form.
 */
export const sessionReadSchema = z.preprocess(
  (body) => (isObject(body) && !isObject(body.assumed_role) ? { assumed_role: body } : body),
  z.object({ assumed_role: sessionSchema }),
);
/** POST /assumed-roles/assume: the session, wrapped or not. */
export const sessionCreatedSchema = wrappedOrNot('assumed_role', sessionSchema);
