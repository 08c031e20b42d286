import type { z } from 'zod';
import { describeZodError, idSchema } from '../../../shared/schemas/common';
import { badRequest, notFound } from '../../http-error';

/** Parses a body or query with a shared schema; a failure is a 400 naming the field and the rule. */
export function parseWith<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw badRequest(describeZodError(result.error, input));
  return result.data;
}

/** A path id that is not a UUID cannot name anything: answer the resource's not-found text. */
export function pathId(params: unknown, name: string, notFoundText: string): string {
  const value = (params as Record<string, unknown>)[name];
  if (typeof value !== 'string' || !idSchema.safeParse(value).success) {
    throw notFound(notFoundText);
  }
  return value;
}
