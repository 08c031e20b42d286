import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { z } from 'zod';
import { describeZodError } from '../shared/schemas/common';
import { parseAllowList } from './emulator/oidc/fetch-policy';
import type { ConsoleMode } from '../shared/schemas/health';
import { SESSION_AUDIT_DAYS_DEFAULT } from './emulator/store/sessions';

export interface ConsoleConfig {
  port: number;
  host: string;
  dataDir: string;
  mode: ConsoleMode;
  /** Live mode: the Vultr-compatible base URL (no trailing slash). Embedded: null (this server). */
  upstream: string | null;
  /** Live mode: the server-held API key, if any. */
  vultrApiKey: string | null;
  /** Embedded mode: the owner key to seed a new database with. */
  emulatorApiKey: string | null;
  consoleToken: string | null;
  /** Embedded mode: days an expired or revoked session is kept before it is deleted. */
  sessionAuditDays: number;
  /** Embedded mode: the emulator refuses requests the caller's policies do not allow. */
  enforcePolicies: boolean;
  /** Embedded mode: plain-http addresses issuer discovery may fetch from (https is always allowed). */
  oidcDiscoveryAllow: string[];
}

const envSchema = z.object({
  PORT: z.coerce
    .number({ error: 'must be a number' })
    .int('must be an integer')
    .min(0, 'must be between 0 and 65535')
    .max(65535, 'must be between 0 and 65535')
    .default(8080),
  HOST: z.string().min(1, 'must not be empty').default('127.0.0.1'),
  DATA_DIR: z.string().min(1, 'must not be empty').default('./data'),
  UPSTREAM: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .optional()
    .or(z.literal('embedded')),
  VULTR_API_KEY: z.string().min(1).optional(),
  EMULATOR_API_KEY: z
    .string()
    .min(16, 'must be at least 16 characters')
    .regex(/^\S+$/, 'must not contain white space')
    .optional(),
  CONSOLE_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  SESSION_AUDIT_DAYS: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number of days')
    .min(0, 'must be between 0 and 3650')
    .max(3650, 'must be between 0 and 3650')
    .default(SESSION_AUDIT_DAYS_DEFAULT),
  EMULATOR_ENFORCE_POLICIES: z.enum(['on', 'off'], { error: 'must be on or off' }).default('on'),
  OIDC_DISCOVERY_ALLOW: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      const { invalid } = parseAllowList(value ?? '');
      if (invalid.length > 0) {
        ctx.addIssue({
          code: 'custom',
          message: `must be a comma-separated list of http(s) base URLs without credentials, query or fragment; not ${invalid.join(', ')}`,
        });
      }
    }),
});

export class ConfigError extends Error {}

/** Reads the configuration from environment variables (empty values count as unset). */
export function loadConfig(env: NodeJS.ProcessEnv): ConsoleConfig {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) throw new ConfigError(describeZodError(parsed.error, cleaned));
  const e = parsed.data;
  const live = e.UPSTREAM !== undefined && e.UPSTREAM !== 'embedded';
  const config: ConsoleConfig = {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    mode: live ? 'live' : 'embedded',
    upstream: live ? e.UPSTREAM!.replace(/\/+$/, '') : null,
    vultrApiKey: e.VULTR_API_KEY ?? null,
    emulatorApiKey: e.EMULATOR_API_KEY ?? null,
    consoleToken: e.CONSOLE_TOKEN ?? null,
    sessionAuditDays: e.SESSION_AUDIT_DAYS,
    enforcePolicies: e.EMULATOR_ENFORCE_POLICIES === 'on',
    oidcDiscoveryAllow: parseAllowList(e.OIDC_DISCOVERY_ALLOW ?? '').entries,
  };
  if (!isLoopbackHost(config.host) && !config.consoleToken) {
    throw new ConfigError(
      `HOST ${config.host} is not a loopback address: set CONSOLE_TOKEN so that only people with the token can use the console`,
    );
  }
  return config;
}

export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '');
  if (bare === 'localhost') return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  if (isIP(bare) === 6) return bare === '::1';
  return false;
}
