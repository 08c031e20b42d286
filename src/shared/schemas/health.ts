import { z } from 'zod';

export const consoleModeSchema = z.enum(['embedded', 'live']);
export type ConsoleMode = z.infer<typeof consoleModeSchema>;

/** GET /healthz */
export const healthSchema = z.object({
  status: z.literal('ok'),
  mode: consoleModeSchema,
  version: z.string(),
  upstream: z.object({ host: z.string(), reachable: z.boolean() }),
});
export type Health = z.infer<typeof healthSchema>;
