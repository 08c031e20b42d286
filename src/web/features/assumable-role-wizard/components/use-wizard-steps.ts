import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { stepIndex, WIZARD_STEPS } from '../model/steps';

/**
 * The current step lives in the URL (?step=schedule), so browser back and forward move between
 * steps; the form above keeps every value meanwhile. A step not reached yet by Next (a reload, a
 * pasted link) falls back to the furthest one reached.
 */
export function useWizardSteps() {
  const [params, setParams] = useSearchParams();
  const [reached, setReached] = useState(0);
  const requested = stepIndex(params.get('step'));
  const step = Math.min(requested, reached);

  useEffect(() => {
    if (requested > reached) {
      setParams(stepParams(reached), { replace: true });
    }
  }, [requested, reached, setParams]);

  const go = (index: number) => {
    setReached((r) => Math.max(r, index));
    setParams(stepParams(index));
  };
  return { step, reached, go };
}

function stepParams(index: number): Record<string, string> {
  return index === 0 ? {} : { step: WIZARD_STEPS[index]!.key };
}
