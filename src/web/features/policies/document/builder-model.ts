import { ACTION_CATALOGUE, actionMatches } from '../../../../shared/iam/actions';
import type { ActionCategory, CatalogueCategory } from '../../../../shared/iam/actions';
import { POLICY_VERSION } from '../../../../shared/schemas/policy';

export type Effect = 'Allow' | 'Deny';

/**
 * What the visual builder holds: each chosen action pattern (a known action, `<service>.*`,
 * `<service>.<resource>.*` or `*`) with its effect. Resources are always `*` in the builder.
 */
export interface BuilderState {
  version: string;
  choices: ReadonlyMap<string, Effect>;
}

export interface BuilderStatement {
  Effect: Effect;
  Action: string[];
  Resource: string[];
}

/** A policy document as the builder writes it. */
export interface BuilderDocument {
  Version: string;
  Statement: BuilderStatement[];
}

/** A schema-valid document, Action and Resource already arrays (the schemas' output). */
export interface ReadDocument {
  Version: string;
  Statement: readonly {
    Effect: Effect;
    Action: readonly string[];
    Resource: readonly string[];
  }[];
}

export const emptyBuilder = (version: string = POLICY_VERSION): BuilderState => ({
  version,
  choices: new Map(),
});

export type ToBuilderResult = { ok: true; state: BuilderState } | { ok: false; reason: string };

/**
 * Reads a document into the builder. An action in both an Allow and a Deny statement is
 * denied (Deny wins when a policy is evaluated, so the builder shows what takes effect).
 * A statement naming specific resources cannot be shown: the builder writes Resource "*" only.
 */
export function documentToBuilder(document: ReadDocument): ToBuilderResult {
  const choices = new Map<string, Effect>();
  for (const [index, statement] of document.Statement.entries()) {
    if (statement.Resource.some((r) => r.trim() !== '*')) {
      return {
        ok: false,
        reason: `Statement[${index}] applies to specific resources, and the visual editor writes Resource "*" only. Edit this document in the JSON view.`,
      };
    }
    for (const action of statement.Action) {
      if (statement.Effect === 'Deny' || choices.get(action) !== 'Deny') {
        choices.set(action, statement.Effect);
      }
    }
  }
  return { ok: true, state: { version: document.Version, choices } };
}

// Code-unit order, the same in every locale: wildcards (`*`) sort before the names they cover.
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The normalised document: one Allow and one Deny statement (empty ones left out), actions sorted. */
export function builderToDocument(state: BuilderState): BuilderDocument {
  const actions = (effect: Effect) =>
    [...state.choices]
      .filter(([, e]) => e === effect)
      .map(([action]) => action)
      .sort(byCodeUnits);
  const Statement = (['Allow', 'Deny'] as const)
    .map((Effect) => ({ Effect, Action: actions(Effect), Resource: ['*'] }))
    .filter((s) => s.Action.length > 0);
  return { Version: state.version, Statement };
}

/** The document as the JSON view shows it. */
export const formatDocument = (document: unknown) => JSON.stringify(document, null, 2);

export interface Decision {
  /** What takes effect for the action; null = not granted (implicitly denied). */
  effect: Effect | null;
  /** The pattern that decides: the row's own choice, or a wildcard covering it. */
  by: string | null;
}

/**
 * What the builder's choices mean for one action (or a wildcard row): a Deny anywhere above
 * or on it wins; otherwise an Allow; the most specific deciding pattern is named.
 */
export function decide(state: BuilderState, target: string): Decision {
  let allow: string | null = null;
  let deny: string | null = null;
  for (const [pattern, effect] of state.choices) {
    if (!actionMatches(pattern, target)) continue;
    // Every pattern covering a target is a prefix of it, so longer is more specific.
    if (effect === 'Deny') {
      if (deny === null || pattern.length > deny.length) deny = pattern;
    } else if (allow === null || pattern.length > allow.length) {
      allow = pattern;
    }
  }
  if (deny !== null) return { effect: 'Deny', by: deny };
  if (allow !== null) return { effect: 'Allow', by: allow };
  return { effect: null, by: null };
}

/** `*` → "every action", `compute.*` → "all of compute", a plain action → itself. */
export function patternWords(pattern: string): string {
  if (pattern === '*') return 'every action';
  if (pattern.endsWith('.*')) return `all of ${pattern.slice(0, -2)}`;
  return pattern;
}

/** The builder with one pattern set to an effect, or cleared (null). */
export function withChoice(state: BuilderState, pattern: string, effect: Effect | null) {
  const choices = new Map(state.choices);
  if (effect === null) choices.delete(pattern);
  else choices.set(pattern, effect);
  return { ...state, choices };
}

const CATEGORIES = new Map<ActionCategory, CatalogueCategory>(
  ACTION_CATALOGUE.map((c) => [c.category, c]),
);

export function catalogueCategory(category: ActionCategory): CatalogueCategory {
  return CATEGORIES.get(category)!;
}

/** Every known action of a category, in catalogue order. */
export function categoryActions(category: ActionCategory): string[] {
  return catalogueCategory(category).resources.flatMap((r) => r.actions.map((a) => a.action));
}

/** Select all: Allow on every action of the category, one by one (the wildcard stays as it was). */
export function allowAllInCategory(state: BuilderState, category: ActionCategory): BuilderState {
  const choices = new Map(state.choices);
  for (const action of categoryActions(category)) choices.set(action, 'Allow');
  return { ...state, choices };
}

/** Clears every choice inside the category, its wildcards included. */
export function clearCategory(state: BuilderState, category: ActionCategory): BuilderState {
  const prefix = `${category}.`;
  const choices = new Map([...state.choices].filter(([p]) => !p.startsWith(prefix)));
  return { ...state, choices };
}

export interface CategorySummary {
  allowed: number;
  denied: number;
  total: number;
}

/** How many of the category's actions end up allowed, and how many explicitly denied. */
export function summariseCategory(state: BuilderState, category: ActionCategory): CategorySummary {
  const actions = categoryActions(category);
  let allowed = 0;
  let denied = 0;
  for (const action of actions) {
    const { effect } = decide(state, action);
    if (effect === 'Allow') allowed++;
    else if (effect === 'Deny') denied++;
  }
  return { allowed, denied, total: actions.length };
}

/** Two states with the same version and choices: the builder need not re-render. */
export function sameBuilder(a: BuilderState, b: BuilderState): boolean {
  if (a.version !== b.version || a.choices.size !== b.choices.size) return false;
  for (const [pattern, effect] of a.choices) if (b.choices.get(pattern) !== effect) return false;
  return true;
}
