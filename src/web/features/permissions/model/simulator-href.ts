/** The Policy Simulator page's address. */
export const SIMULATOR_PATH = '/policy-simulator';

/**
 * A link to the Policy Simulator, optionally with a principal already chosen
 * (`user:<id>`, `group:<id>`, `role:<id>` or `session`) and actions to evaluate.
 */
export function simulatorHref(principal?: string, actions?: readonly string[]): string {
  const query = new URLSearchParams();
  if (principal) query.set('principal', principal);
  const list = (actions ?? []).map((a) => a.trim()).filter((a) => a !== '');
  if (list.length > 0) query.set('actions', list.join(','));
  const text = query.toString();
  return text === '' ? SIMULATOR_PATH : `${SIMULATOR_PATH}?${text}`;
}
