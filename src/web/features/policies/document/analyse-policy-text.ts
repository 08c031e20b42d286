import { z } from 'zod';
import {
  POLICY_VERSION,
  describePolicyInputError,
  policyDocumentInputSchema,
} from '../../../../shared/schemas/policy';
import { documentToBuilder, emptyBuilder } from './builder-model';
import type { BuilderState } from './builder-model';
import { parseJsonText } from './json-text';
import type { JsonSyntaxError } from './json-text';

/** What the JSON view's text says, for the view itself and for the builder. */
export interface PolicyTextAnalysis {
  syntax: JsonSyntaxError | null;
  /** Everything else wrong with the document, one sentence each naming its position. */
  problems: string[];
  /** No statement yet: an error only once the user tries to save. */
  empty: boolean;
  /** What the builder shows for this text; null = it keeps showing its last valid state. */
  builder: BuilderState | null;
  /** Why a valid document cannot be shown in the builder. */
  unsupported: string | null;
}

/** How many problems are listed before "and N more". */
const MAX_PROBLEMS = 8;

const isEmptyStatementList = (issue: z.core.$ZodIssue) =>
  issue.code === 'too_small' && issue.path.length === 1 && issue.path[0] === 'Statement';

/** One issue in the words the server would use, positions spelt `Statement[0].Action[2]`. */
function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  const sentence = describePolicyInputError(new z.ZodError([issue]), value);
  return sentence.startsWith('body ') ? `The document ${sentence.slice(5)}` : sentence;
}

/** Parses and checks the JSON view's text against the same schema the server uses. */
export function analysePolicyText(text: string): PolicyTextAnalysis {
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    return { syntax: parsed.error, problems: [], empty: false, builder: null, unsupported: null };
  }
  const value = parsed.value;
  const result = policyDocumentInputSchema.safeParse(value);
  if (result.success) {
    const read = documentToBuilder(result.data);
    return {
      syntax: null,
      problems: [],
      empty: false,
      builder: read.ok ? read.state : null,
      unsupported: read.ok ? null : read.reason,
    };
  }
  const issues = result.error.issues;
  const empty = issues.some(isEmptyStatementList);
  const rest = issues.filter((i) => !isEmptyStatementList(i));
  const problems = rest.slice(0, MAX_PROBLEMS).map((i) => describeIssue(i, value));
  if (rest.length > MAX_PROBLEMS) problems.push(`… and ${rest.length - MAX_PROBLEMS} more`);
  // A document without statements is a fine place to start building from.
  const version = (value as { Version?: unknown }).Version;
  const builder =
    rest.length === 0
      ? emptyBuilder(typeof version === 'string' ? version.trim() : POLICY_VERSION)
      : null;
  return { syntax: null, problems, empty, builder, unsupported: null };
}
