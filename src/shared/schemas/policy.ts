import { z } from 'zod';
import { idSchema, listEnvelope, timestampSchema } from './common';

export const POLICY_VERSION = '2026-03-20';

const stringOrArray = z.union([z.string(), z.array(z.string())]);

/** Readers accept string or array for Action/Resource; writers emit arrays. */
export const policyStatementSchema = z.object({
  Effect: z.enum(['Allow', 'Deny'], { error: 'must be Allow or Deny' }),
  Action: stringOrArray.transform((v) => (typeof v === 'string' ? [v] : v)),
  Resource: stringOrArray.transform((v) => (typeof v === 'string' ? [v] : v)),
});

export const policyDocumentSchema = z.object({
  Version: z.string().default(POLICY_VERSION),
  Statement: z.array(policyStatementSchema),
});
export type PolicyDocument = z.output<typeof policyDocumentSchema>;

export const policySchema = z.object({
  id: idSchema,
  name: z.string(),
  description: z.string(),
  policy_document: policyDocumentSchema,
  version: z.string(),
  is_system_policy: z.boolean(),
  date_created: timestampSchema,
});
export type Policy = z.infer<typeof policySchema>;

export const policyListSchema = listEnvelope('policies', policySchema);
