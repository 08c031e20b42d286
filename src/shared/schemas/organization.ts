import { z } from 'zod';
import { idSchema, listEnvelope, timestampSchema } from './common';

export const organizationSchema = z.object({
  id: idSchema,
  name: z.string(),
  type: z.string(),
  date_created: timestampSchema,
});
export type Organization = z.infer<typeof organizationSchema>;

export const organizationListSchema = listEnvelope('organizations', organizationSchema);
