import { z } from 'zod';

/**
 * Characters names and descriptions may not hold: they are invisible, reorder what is shown
 * around them, or break the programs that read them back (XML, terminals, logs).
 *
 * - control characters: U+0000–U+001F, U+007F and U+0080–U+009F (a description may hold tab and
 *   line feed);
 * - unpaired UTF-16 surrogates (U+D800–U+DFFF not forming a pair);
 * - bidirectional embeddings, overrides and isolates: U+202A–U+202E, U+2066–U+2069;
 * - zero-width characters: U+200B–U+200D, U+2060 and U+FEFF.
 */

export const NAME_TEXT_RULE =
  'must not contain control characters, unpaired surrogates, bidirectional overrides or zero-width characters';

export const DESCRIPTION_TEXT_RULE =
  'must not contain control characters (other than tab and line feed), unpaired surrogates, bidirectional overrides or zero-width characters';

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_EXCEPT_TAB_LF = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/;

function hasHiddenOrBroken(text: string): boolean {
  return LONE_SURROGATE.test(text) || BIDI_CONTROL.test(text) || ZERO_WIDTH.test(text);
}

/** True when a name holds none of the refused characters (no tab or line break either). */
export function isSafeName(text: string): boolean {
  return !CONTROL.test(text) && !hasHiddenOrBroken(text);
}

/** True when a description holds none of the refused characters; tab and line feed are fine. */
export function isSafeDescription(text: string): boolean {
  return !CONTROL_EXCEPT_TAB_LF.test(text) && !hasHiddenOrBroken(text);
}

const NAME_LENGTH = 'must be between 1 and 100 characters';

/** A string that is a name: none of the refused characters (see above). Further rules chain on. */
export const safeNameText = () =>
  z.string({ error: 'must be a string' }).refine(isSafeName, NAME_TEXT_RULE);

/** A name that can be shown on its own, at most `max` characters (a name's part, a label). */
export const safeNameUpTo = (max: number) =>
  safeNameText().max(max, `must be at most ${max} characters`);

/** The name of a group, policy, role or user: trimmed, 1 to 100 characters. */
export const recordNameSchema = safeNameText().trim().min(1, NAME_LENGTH).max(100, NAME_LENGTH);

/** The description of a group, policy or role: at most 500 characters, empty when left out. */
export const recordDescriptionSchema = z
  .string({ error: 'must be a string' })
  .refine(isSafeDescription, DESCRIPTION_TEXT_RULE)
  .max(500, 'must be at most 500 characters')
  .default('');
