import type { UseFormSetError } from 'react-hook-form';
import { CreateStepFailure } from '../api/use-create-assumable-role';
import { roleErrorPlace, trustErrorPlace } from '../model/server-errors';
import { stepOfField } from '../model/steps';
import type { WizardInput } from '../model/wizard-schema';

/**
 * Puts the API's answer on the field it is about (a taken name on Name, a past expiry on Valid
 * until, …) and says which step to fix; null when it belongs to no step.
 */
export function placeFailure(error: Error, setError: UseFormSetError<WizardInput>): number | null {
  if (!(error instanceof CreateStepFailure)) return null;
  const message = { type: 'server', message: error.reason.message };
  if (error.step === 1) {
    const place = roleErrorPlace(error.reason);
    if (!place) return null;
    setError(place.field, message);
    return stepOfField(place.key);
  }
  if (error.step < error.total) {
    setError('policy_ids', { type: 'server', message: `${error.message}.` });
    return stepOfField('policy_ids');
  }
  const place = trustErrorPlace(error.reason);
  if (!place) return null;
  setError(place.field, message);
  return stepOfField(place.key);
}
