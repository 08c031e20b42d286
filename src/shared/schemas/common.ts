import { z } from 'zod';

/** Lower-case UUID, as every Vultr IAM id. */
export const idSchema = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'must be a UUID');

/** ISO-8601 timestamp with an offset (or Z). */
export const timestampSchema = z.iso.datetime({ offset: true });

export const PER_PAGE_DEFAULT = 100;
export const PER_PAGE_MAX = 500;

/** Query parameters every list endpoint accepts. */
export const listQuerySchema = z.object({
  per_page: z.coerce
    .number({ error: 'must be an integer' })
    .int('must be an integer')
    .min(1, `must be between 1 and ${PER_PAGE_MAX}`)
    .max(PER_PAGE_MAX, `must be between 1 and ${PER_PAGE_MAX}`)
    .default(PER_PAGE_DEFAULT),
  cursor: z.string().max(512, 'must be at most 512 characters').default(''),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

export const listMetaSchema = z.object({
  total: z.number().int().nonnegative(),
  links: z.object({ next: z.string(), prev: z.string() }),
});
export type ListMeta = z.infer<typeof listMetaSchema>;

/** The error body of every /v2 and /api JSON error. */
export const errorBodySchema = z.object({
  error: z.string(),
  status: z.number().int(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** A list reply: `{ <plural>: [...], meta }`. */
export function listEnvelope<K extends string, T extends z.ZodType>(key: K, item: T) {
  return z.object({ [key]: z.array(item), meta: listMetaSchema } as {
    [P in K]: z.ZodArray<T>;
  } & { meta: typeof listMetaSchema });
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'a boolean',
  object: 'an object',
  array: 'an array',
};

/**
 * Turns a zod error into one sentence that names the field and the rule,
 * e.g. "max_session_duration must be between 900 and 43200".
 */
export function describeZodError(error: z.ZodError, input?: unknown): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid request';
  const field = issue.path.length > 0 ? issue.path.map(String).join('.') : 'body';
  if (issue.code === 'invalid_type') {
    const given = valueAt(input, issue.path);
    if (given === undefined) return `${field} is required`;
    if (!issue.message.startsWith('Invalid input')) return `${field} ${issue.message}`;
    return `${field} must be ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
  }
  if (issue.code === 'unrecognized_keys') {
    return `${field} has unknown field ${issue.keys.join(', ')}`;
  }
  if (issue.code === 'invalid_value' && !issue.message.startsWith('Invalid')) {
    return `${field} ${issue.message}`;
  }
  if (issue.code === 'invalid_value' && issue.values.length > 0) {
    return `${field} must be one of ${issue.values.map(String).join(', ')}`;
  }
  const message = issue.message.startsWith('Invalid input') ? 'is invalid' : issue.message;
  return `${field} ${message}`;
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
