import { z } from 'zod';
import { idSchema } from './common';
import { listOf, looseInstant, looseString } from '../api/read';

export const organizationSchema = z.object({
  id: idSchema,
  name: looseString,
  type: looseString,
  date_created: looseInstant,
});
export type Organization = z.output<typeof organizationSchema>;

/** `organizations` (OpenAPI) or `orgs` (govultr). */
export const organizationListSchema = listOf('organizations', organizationSchema, ['orgs']);
