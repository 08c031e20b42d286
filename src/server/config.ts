import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { z } from 'zod';
import { describeZodError } from '../shared/schemas/common';
import type { ConsoleMode } from '../shared/schemas/health';

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
