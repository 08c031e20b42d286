import { z } from 'zod';

/**
 * Building blocks for reading what an upstream sends (spec §8): Vultr's sources disagree on some
 * shapes, and an unused field may come as `""`, `null` or not at all. Each block accepts every
 * variant and gives one normalised value, and reading a normalised value again gives the same value,
 * so the proxy and the SPA can both read a reply with the same schema.
 */

export type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A string that may be absent, `null` or `""`: all three read as `""`. */
export const looseString = z
  .string()
  .nullish()
  .transform((v) => v ?? '');

/** A boolean that may be absent or `null` (govultr decodes `api_enabled` as `*bool`). */
export const looseBoolean = (fallback: boolean) =>
  z
    .boolean()
    .nullish()
    .transform((v) => v ?? fallback);

/** An integer that may be absent or `null`. */
export const looseInt = (fallback: number) =>
  z
    .number()
    .int()
    .nullish()
    .transform((v) => v ?? fallback);

/** A list that may be absent or `null` (read as empty). */
export const looseArray = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((v) => v ?? []);

/** An object holding an array of `item` under each of `keys`, e.g. `{direct: […], all: […]}`. */
export const arraysOf = <K extends string, T extends z.ZodType>(keys: readonly K[], item: T) =>
  z.object(
    Object.fromEntries(keys.map((k) => [k, looseArray(item)])) as Record<
      K,
      ReturnType<typeof looseArray<T>>
    >,
  );

const ZONELESS = /^(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d(?::\d\d(?:\.\d+)?)?)$/;
const WITH_ZONE = /^(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d(?::\d\d(?:\.\d+)?)?)(Z|[+-]\d\d:?\d\d)$/i;

/**
 * An instant as ISO-8601 with an offset. Zone-less times are UTC and a space may stand for the `T`
 * (`2026-09-18 15:42:19` → `2026-09-18T15:42:19Z`); anything else that is not a time is refused.
 */
export function normalizeInstant(v: string): string | null {
  const bare = ZONELESS.exec(v);
  if (bare) return `${bare[1]}T${bare[2]}Z`;
  const zoned = WITH_ZONE.exec(v);
  if (zoned) {
    const zone = zoned[3]!;
    const offset = zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d\d)(\d\d)$/, '$1:$2');
    return `${zoned[1]}T${zoned[2]}${offset}`;
  }
  return null;
}

/** An instant that must be there. */
export const instant = z.string().transform((v, ctx) => {
  const out = normalizeInstant(v);
  if (out === null) {
    ctx.issues.push({ code: 'custom', message: 'must be a timestamp', input: v });
    return z.NEVER;
  }
  return out;
});

/** An instant that may be absent, `null` or `""` (read as `""`, shown as "—"). */
export const looseInstant = z
  .string()
  .nullish()
  .transform((v, ctx) => {
    if (!v) return '';
    const out = normalizeInstant(v);
    if (out === null) {
      ctx.issues.push({ code: 'custom', message: 'must be a timestamp', input: v });
      return z.NEVER;
    }
    return out;
  });

/** `{ "<key>": {...} }` or `{...}`: live Vultr may wrap create, update and restore bodies. */
export function wrappedOrNot<T extends z.ZodType>(key: string, schema: T) {
  return z.preprocess(
    (body) =>
      isObject(body) && isObject(body[key]) && Object.keys(body).length === 1 ? body[key] : body,
    schema,
  );
}

/** Renames the first of `aliases` present to `key` (e.g. `orgs` → `organizations`). */
export function renamed<T extends z.ZodType>(key: string, aliases: string[], schema: T) {
  return z.preprocess((body) => {
    if (!isObject(body) || key in body) return body;
    const alias = aliases.find((a) => a in body);
    if (alias === undefined) return body;
    const { [alias]: value, ...rest } = body;
    return { ...rest, [key]: value };
  }, schema);
}

const metaSchema = z.object({
  total: z.number().int().nonnegative(),
  links: z
    .object({ next: looseString, prev: looseString })
    .nullish()
    .transform((v) => v ?? { next: '', prev: '' }),
});

/**
 * A list reply `{ <key>: [...], meta }`, the items possibly under another name; a missing `meta`
 * reads as one page holding them all.
 */
export function listOf<K extends string, T extends z.ZodType>(
  key: K,
  item: T,
  aliases: string[] = [],
) {
  type Page = { [P in K]: z.output<T>[] } & { meta: z.output<typeof metaSchema> };
  const page = z.object({ [key]: looseArray(item), meta: metaSchema.nullish() }).transform((p) => {
    const items = p[key] as z.output<T>[];
    return {
      [key]: items,
      meta: p.meta ?? { total: items.length, links: { next: '', prev: '' } },
    } as Page;
  });
  return renamed(key, aliases, page);
}

/**
 * A person's name as shown: `name`, else `display_name`, else `first_name last_name`, else the
 * email address.
 */
export function personName(p: {
  name?: string | null;
  display_name?: string | null;
  first_name?: string | null;
  last_name?: string | null;
  email?: string | null;
}): string {
  const joined = [p.first_name, p.last_name].filter((s) => s && s.trim()).join(' ');
  return (p.name || p.display_name || joined || p.email || '').trim();
}
