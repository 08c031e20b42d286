import { z } from 'zod';
import { idSchema, listEnvelope } from './common';
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

/** An assumed-role session as the API returns it. */
export const sessionSchema = z.object({
  // id, token_suffix, role_name and oidc_subject are the emulator's additions; live Vultr may omit them.
  id: z.string().default(''),
  session_token: z.string(),
  token_suffix: z.string().default(''),
  role_id: idSchema,
  role_name: z.string().default(''),
  user_id: z.string(),
  oidc_issuer_id: z.string(),
  oidc_subject: z.string().default(''),
  session_name: z.string(),
  auth_method: z.enum(['api_key', 'oidc']),
  remaining_duration: z.number().int(),
  conditions_met: z.array(z.string()),
  source_ip: z.string(),
  assumed_at: z.string(),
  expires_at: z.string(),
});
export type Session = z.infer<typeof sessionSchema>;

export const sessionListSchema = listEnvelope('sessions', sessionSchema);
export const sessionReadSchema = z.object({ assumed_role: sessionSchema });
