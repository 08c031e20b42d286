import { z } from 'zod';
import { isValidActionPattern } from '../iam/actions';
import { userSummarySchema } from './person';
import { describeZodError, idSchema, timestampSchema } from './common';
import { recordDescriptionSchema, recordNameSchema } from './text';
import {
  listOf,
  looseArray,
  looseBoolean,
  looseInstant,
  looseString,
  wrappedOrNot,
} from '../api/read';

export const POLICY_VERSION = '2026-03-20';
/** The policy document versions Vultr documents; a document must name one of them. */
export const POLICY_VERSIONS = [POLICY_VERSION] as const;
const POLICY_VERSION_RULE = `must be ${
  POLICY_VERSIONS.length === 1 ? POLICY_VERSIONS[0] : `one of ${POLICY_VERSIONS.join(', ')}`
} (the documented policy version${POLICY_VERSIONS.length === 1 ? '' : 's'})`;

const stringOrArray = z.union([z.string(), z.array(z.string())]);

const asArray = (v: string | string[] | null | undefined) =>
  typeof v === 'string' ? [v] : (v ?? []);

/** Readers accept string or array for Action/Resource; writers emit arrays. */
export const policyStatementSchema = z.object({
  Effect: z.enum(['Allow', 'Deny'], { error: 'must be Allow or Deny' }),
  Action: stringOrArray.nullish().transform(asArray),
  Resource: stringOrArray.nullish().transform(asArray),
});

export const policyDocumentSchema = z.object({
  Version: looseString.transform((v) => v || POLICY_VERSION),
  Statement: looseArray(policyStatementSchema),
});
export type PolicyDocument = z.output<typeof policyDocumentSchema>;

/**
 * A policy as the API returns it. A document sent as a JSON string is read as the object it holds.
 */
export const policySchema = z.object({
  id: idSchema,
  name: looseString,
  description: looseString,
  policy_document: z.preprocess((v) => {
    if (typeof v !== 'string') return v ?? { Statement: [] };
    try {
      return JSON.parse(v) as unknown;
    } catch {
      return v;
    }
  }, policyDocumentSchema),
  version: looseString,
  is_system_policy: looseBoolean(false),
  date_created: looseInstant,
});
export type Policy = z.output<typeof policySchema>;

export const policyListSchema = listOf('policies', policySchema);
export type PolicyList = z.output<typeof policyListSchema>;

export const policyReadSchema = z.object({ policy: policySchema });
/**
 * A create, update or restore reply: the policy, wrapped or not, or (OpenAPI's PUT) an empty 2xx,
 * read as `null`: the caller refetches.
 */
export const policyReplySchema = z.union([z.null(), wrappedOrNot('policy', policySchema)]);

// ---- Writing: the body of POST /v2/policies and PUT /v2/policies/{id} ----

/** A lone string stands for a one-entry list, so both spellings validate entry by entry. */
function oneOrMany<T extends z.ZodType>(entry: T, noun: string) {
  return z.preprocess(
    (v) => (typeof v === 'string' ? [v] : v),
    z
      .array(entry, { error: 'must be a string or an array of strings' })
      .min(1, `must contain at least one ${noun}`)
      .max(500, `must contain at most 500 ${noun}s`),
  );
}

const actionEntrySchema = z
  .string({ error: 'must be a string' })
  .refine(isValidActionPattern, { error: (iss) => `"${String(iss.input)}" is not a known action` });

const resourceEntrySchema = z
  .string({ error: 'must be a string' })
  .trim()
  .min(1, 'must not be empty')
  .max(256, 'must be at most 256 characters');

export const policyStatementInputSchema = z.object(
  {
    Effect: z.enum(['Allow', 'Deny']),
    Action: oneOrMany(actionEntrySchema, 'action'),
    Resource: oneOrMany(resourceEntrySchema, 'resource'),
  },
  { error: 'must be an object' },
);

const documentObjectSchema = z.object(
  {
    Version: z.enum(POLICY_VERSIONS, { error: POLICY_VERSION_RULE }).default(POLICY_VERSION),
    Statement: z
      .array(policyStatementInputSchema, { error: 'must be an array of statements' })
      .min(1, 'must contain at least one statement')
      .max(100, 'must contain at most 100 statements'),
  },
  { error: 'must be an object' },
);

/** A policy document as written; a JSON-encoded string is accepted too (some clients send one). */
export const policyDocumentInputSchema = z.preprocess((v) => {
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v) as unknown;
  } catch {
    return v;
  }
}, documentObjectSchema);

export const policyNameSchema = recordNameSchema;

export const policyInputSchema = z.object({
  name: policyNameSchema,
  description: recordDescriptionSchema,
  policy_document: policyDocumentInputSchema,
});
export type PolicyInput = z.input<typeof policyInputSchema>;
export type PolicyValues = z.output<typeof policyInputSchema>;

/**
 * Like describeZodError, but spells array positions the way a reader of a policy document
 * expects: `policy_document.Statement[0].Action[1]`.
 */
export function describePolicyInputError(error: z.ZodError, input?: unknown): string {
  const issue = error.issues[0];
  const path = issue?.path ?? [];
  // A missing enum member (Effect) is reported by zod as a bad value; say it is missing.
  if (issue?.code === 'invalid_value' && path.length > 0 && valueAt(input, path) === undefined) {
    return `${policyFieldPath(path)} is required`;
  }
  const message = describeZodError(error, input);
  const dotted = path.map(String).join('.');
  if (dotted === '' || !message.startsWith(`${dotted} `)) return message;
  return policyFieldPath(path) + message.slice(dotted.length);
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** `['policy_document', 'Statement', 0, 'Action']` → `policy_document.Statement[0].Action`. */
export function policyFieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

// ---- Attachments ----

/** GET /v2/policies/{id}/users: users named as in a group (govultr's OrganizationUser). */
export const policyUserListSchema = listOf('users', userSummarySchema);

export const policyGroupSummarySchema = z.object({
  id: idSchema,
  display_name: looseString,
  description: looseString,
});
export const policyGroupListSchema = listOf('groups', policyGroupSummarySchema);

/** What attaching a policy answers, besides the user or group it was attached to. */
const policyAttachmentSchema = z.object({
  policy_id: idSchema,
  policy_name: z.string(),
  date_assigned: timestampSchema,
  assigned_by: z.string(),
});

/** Reply of POST /v2/policies/{id}/users/{user-id}. */
export const policyUserAttachmentSchema = policyAttachmentSchema.extend({
  user_id: idSchema,
  user_name: z.string(),
});
export type PolicyUserAttachment = z.infer<typeof policyUserAttachmentSchema>;

/** Reply of POST /v2/policies/{id}/groups/{group-id}. */
export const policyGroupAttachmentSchema = policyAttachmentSchema.extend({
  group_id: idSchema,
  group_name: z.string(),
});
export type PolicyGroupAttachment = z.infer<typeof policyGroupAttachmentSchema>;
