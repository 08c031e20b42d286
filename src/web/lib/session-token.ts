/**
 * Session tokens as lists carry them. Vultr lists each session with its full `session_token` [V]
 * and addresses a session by that token. A list that shows only the token's end (`ars-…abc123`)
 * gives no way to address the session by token; such lists come from the emulator, which also
 * addresses sessions by their `id` ([E]).
 */

const ELLIPSIS = '…';
const SHOWN = 6;

/** True when the list showed only the end of the token. */
export function isMaskedToken(token: string): boolean {
  return token.includes(ELLIPSIS);
}

/** Only the end of a session token is ever shown: "ars-…abc123". */
export function maskToken(token: string): string {
  const tail = isMaskedToken(token) ? token.slice(token.lastIndexOf(ELLIPSIS) + 1) : token;
  return `ars-${ELLIPSIS}${tail.slice(-SHOWN)}`;
}

/**
 * What DELETE /assumed-roles/{…} takes for a listed session: its full token; else the full token
 * this tab holds for it; else, for the emulator's masked lists, its id ([E]). Null when none.
 */
export function revocationKey(
  session: { session_token: string; id: string },
  heldToken: string | null,
): string | null {
  if (session.session_token && !isMaskedToken(session.session_token)) return session.session_token;
  if (heldToken) return heldToken;
  return session.id || null;
}

/** The full token of a listed session, when the list carried it. */
export function fullTokenOf(session: { session_token: string }): string | null {
  return session.session_token && !isMaskedToken(session.session_token)
    ? session.session_token
    : null;
}
