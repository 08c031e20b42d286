import { ipAllowListSchema } from '../../../../shared/schemas/role-trust';
import { checkIpEntry, splitEntries } from './ip-entry';

export type PendingIpCommit =
  { ok: true; list: string[]; added: string[] } | { ok: false; entry: string; message: string };

/**
 * What the allow-list becomes when the text still typed in the IP box (never added with Enter)
 * joins it: every entry in it added in turn, normalised; or the first entry that cannot join, with
 * why. Blank text leaves the list as it is.
 */
export function commitPendingIp(text: string, list: readonly string[]): PendingIpCommit {
  let next = [...list];
  const added: string[] = [];
  for (const entry of splitEntries(text)) {
    const check = checkIpEntry(entry, next);
    if (!check.ok) return { ok: false, entry, message: check.message };
    next = [...next, check.normalized];
    added.push(check.normalized);
  }
  return { ok: true, list: next, added };
}

/** The message a blocked Next or Save puts on the IP list: which typed entry, and why. */
export function pendingIpMessage(entry: string, reason: string): string {
  return `“${entry}” is typed in the box but not added: ${reason} Fix it or clear the box.`;
}

/**
 * The entries of a list that the API would refuse (an address that does not parse, a repeat), by
 * index, each with the allow-list schema's own reason as a sentence. A trust read from the API may
 * hold such an entry: the editor marks it and Save names it.
 */
export function invalidEntries(list: readonly string[]): Map<number, string> {
  const problems = new Map<number, string>();
  const checked = ipAllowListSchema.safeParse(list);
  if (checked.success) return problems;
  for (const issue of checked.error.issues) {
    const [index] = issue.path;
    if (typeof index !== 'number' || problems.has(index)) continue;
    const reason = issue.message.startsWith('duplicates ')
      ? `${list[index] ?? ''} repeats an entry already in the list`
      : issue.message;
    problems.set(index, `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`);
  }
  return problems;
}

/** The sentence Save shows when the list holds an entry the API would refuse. */
export function invalidEntryMessage(entry: string, reason: string): string {
  return `Fix or remove ${entry} in IP Access Restrictions: ${reason}`;
}
