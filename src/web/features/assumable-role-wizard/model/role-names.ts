/**
 * A role name as the API's uniqueness rule sees it: trimmed (the role schema trims before saving)
 * and with A–Z folded to a–z. The emulator compares with SQLite's `lower()`, which folds ASCII
 * letters only, so "Ärger" and "ärger" are two names there; the same fold here keeps the early
 * warning from refusing a name the API would take.
 */
export function roleNameKey(name: string): string {
  return name.trim().replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/** The existing role's name `name` clashes with, or undefined when it is free (or empty). */
export function takenRoleName(name: string, existing: readonly string[]): string | undefined {
  const key = roleNameKey(name);
  if (key === '') return undefined;
  return existing.find((other) => roleNameKey(other) === key);
}

/** The Name field's error for a taken name. */
export const takenNameMessage = (existing: string) => `A role named “${existing}” already exists`;
