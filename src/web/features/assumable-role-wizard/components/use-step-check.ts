import type { UseFormReturn } from 'react-hook-form';
import { takenNameMessage, takenRoleName } from '../model/role-names';
import { WIZARD_STEPS } from '../model/steps';
import type { WizardInput, WizardValues } from '../model/wizard-schema';
import { flushPendingIp } from './trust-draft';
import type { TrustDraft } from './trust-draft';

/**
 * What Next checks beyond the step's schema: on the IP step, text still typed in the box goes
 * into the list first (or stops Next, saying why); on step 1, the name must not be another
 * role's (the schema cannot know the organization's roles).
 */
export function useStepCheck(
  form: UseFormReturn<WizardInput, unknown, WizardValues>,
  draft: TrustDraft,
  roleNames: readonly string[] | undefined,
) {
  /** Text typed in the IP box goes into the list; false (and the box says why) when it cannot. */
  const flushIp = (focus: boolean) =>
    flushPendingIp(
      draft,
      form.getValues('ip_address'),
      (list) => form.setValue('ip_address', list, { shouldDirty: true, shouldValidate: true }),
      (message) =>
        form.setError('ip_address', { type: 'pending', message }, { shouldFocus: focus }),
    );

  const nameIsTaken = () => {
    const taken = takenRoleName(form.getValues('role.name'), roleNames ?? []);
    if (taken === undefined) return false;
    form.setError(
      'role.name',
      { type: 'taken', message: takenNameMessage(taken) },
      { shouldFocus: true },
    );
    return true;
  };

  /** Whether the step at `index` may be left forwards. */
  const checkStep = async (index: number) => {
    const field = WIZARD_STEPS[index]?.field;
    if (field === 'ip_address' && !flushIp(true)) return false;
    if (!field) return true;
    const valid = await form.trigger(field, { shouldFocus: true });
    return valid && !(field === 'role' && nameIsTaken());
  };

  return { checkStep, flushIp };
}
