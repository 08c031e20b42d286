import { z } from 'zod';
import { idSchema } from './common';
import { looseString, personName } from '../api/read';

/**
 * A user inside a group or a policy's user list: `id` and `email`, named by `name` (govultr),
 * `display_name` or `first_name` + `last_name` (OpenAPI); read as `{id, email, name}`.
 */
export const personFields = {
  id: idSchema,
  email: looseString,
  name: looseString,
  display_name: looseString,
  first_name: looseString,
  last_name: looseString,
};

export const userSummarySchema = z
  .object(personFields)
  .transform((m) => ({ id: m.id, email: m.email, name: personName(m) }));
export type UserSummary = z.output<typeof userSummarySchema>;
