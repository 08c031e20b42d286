import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { callAsUsersSchema, clientAddressSchema } from '../../shared/schemas/console-api';
import { apiRequest } from './api-client';

const ROOT = ['console'] as const;

/** A GET of the console's own server, answered by the part of its reply `pick` chooses. */
function consoleRead<S extends z.ZodType, T>(
  name: string,
  path: string,
  schema: S,
  pick: (reply: z.output<S>) => T,
) {
  return queryOptions({
    queryKey: [...ROOT, name] as const,
    queryFn: async ({ signal }) => pick(await apiRequest(path, schema, { signal })),
    staleTime: 60_000,
  });
}

/**
 * What the console's own server answers rather than the API: no entity holds it, and every
 * screen that needs it (the wizard's "Add my IP", the sessions page) shares one cache.
 */
export const consoleQueries = {
  root: () => ROOT,
  /** The source address the console server sees for this browser (it may differ per network). */
  clientAddress: () =>
    consoleRead('client-address', '/api/client-address', clientAddressSchema, (r) => r.ip),
  /** Embedded mode: the seeded users the server holds a key for. */
  callAsUsers: () =>
    consoleRead('call-as-users', '/api/call-as-users', callAsUsersSchema, (r) => r.users),
};
