import type { WizardInput } from './wizard-schema';

export interface WizardStep {
  /** The URL's ?step= value. */
  key: string;
  label: string;
  /** The form key the step edits: Next validates exactly this; null for Review. */
  field: keyof WizardInput | null;
}

export const WIZARD_STEPS: readonly WizardStep[] = [
  { key: 'role', label: 'Role details', field: 'role' },
  { key: 'entity', label: 'Trusted Entity', field: 'trust' },
  { key: 'schedule', label: 'Schedule', field: 'schedule' },
  { key: 'ip', label: 'IP Access Restrictions', field: 'ip_address' },
  { key: 'policies', label: 'Permission Policies', field: 'policy_ids' },
  { key: 'review', label: 'Review', field: null },
];

export const REVIEW_STEP = WIZARD_STEPS.length - 1;

/** The step a ?step= value names; the first step when it names none. */
export function stepIndex(key: string | null): number {
  const i = WIZARD_STEPS.findIndex((s) => s.key === key);
  return i < 0 ? 0 : i;
}

/** The first step holding an error, for a submit that fails validation. */
export function firstStepWithError(errors: Partial<Record<keyof WizardInput, unknown>>): number {
  const i = WIZARD_STEPS.findIndex((s) => s.field !== null && errors[s.field] !== undefined);
  return i < 0 ? REVIEW_STEP : i;
}

/** The step that edits a top-level form key. */
export function stepOfField(key: keyof WizardInput): number {
  return WIZARD_STEPS.findIndex((s) => s.field === key);
}
