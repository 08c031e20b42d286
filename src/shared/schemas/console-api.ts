import { z } from 'zod';
import { idSchema } from './common';

/**
 * The console backend's own small routes beside the proxy (`/api/...`), shared by the server
 * and the SPA.
 */

/** GET /api/client-address: the source address the console server sees for this browser. */
export const clientAddressSchema = z.object({ ip: z.string() });
export type ClientAddress = z.infer<typeof clientAddressSchema>;

/** GET /api/call-as-users (embedded mode): seeded users whose API key the server holds. */
export const callAsUserSchema = z.object({
  id: idSchema,
  name: z.string(),
  email: z.string(),
});
export const callAsUsersSchema = z.object({ users: z.array(callAsUserSchema) });
export type CallAsUser = z.infer<typeof callAsUserSchema>;

export const DEV_TOKEN_TTL = { min: -3600, max: 43_200, default: 3600 } as const;
const ttlRule = `must be between ${DEV_TOKEN_TTL.min} and ${DEV_TOKEN_TTL.max} (a negative value mints an already expired token)`;

/**
 * POST /oidc/dev/token (owner key) and POST /api/dev-token (embedded mode, the server's own key):
 * mint a development-issuer JWT.
 */
export const devTokenRequestSchema = z.object({
  sub: z
    .string({ error: 'must be a string' })
    .min(1, 'must not be empty')
    .max(255, 'must be at most 255 characters'),
  aud: z
    .union([z.string().min(1).max(255), z.array(z.string().min(1).max(255)).min(1).max(10)], {
      error: 'must be a string or an array of strings',
    })
    .default('vultr'),
  ttl_seconds: z
    .number({ error: 'must be an integer' })
    .int('must be an integer')
    .min(DEV_TOKEN_TTL.min, ttlRule)
    .max(DEV_TOKEN_TTL.max, ttlRule)
    .default(DEV_TOKEN_TTL.default),
});
export type DevTokenRequest = z.input<typeof devTokenRequestSchema>;

export const devTokenResponseSchema = z.object({ token: z.string(), expires_at: z.string() });
export type DevTokenResponse = z.infer<typeof devTokenResponseSchema>;
