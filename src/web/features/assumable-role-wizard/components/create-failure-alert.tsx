import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import { Link as RouterLink } from 'react-router';
import type { CreateStepFailure } from '../api/use-create-assumable-role';
import { WIZARD_STEPS } from '../model/steps';

interface CreateFailureAlertProps {
  failure: CreateStepFailure | Error;
  /** The wizard step holding what to fix, when known. */
  fixStep: number | null;
  onGoToStep: (index: number) => void;
  /** Called before following the link to a role left behind. */
  onLeave: () => void;
}

/**
 * Why Add Role failed and how it ended: nothing kept (fix and retry), or — loudly — a role left
 * behind because deleting it again failed too, with a link to it.
 */
export function CreateFailureAlert({
  failure,
  fixStep,
  onGoToStep,
  onLeave,
}: CreateFailureAlertProps) {
  const step = 'step' in failure ? failure.step : 1;
  const leftBehind = 'leftBehind' in failure ? failure.leftBehind : null;
  if (leftBehind) {
    return (
      <Alert severity="error" variant="filled" role="alert" sx={{ mt: 3 }}>
        <AlertTitle>A half-made role was left behind: {leftBehind.name}</AlertTitle>
        {failure.message}. Deleting the role again failed too, so role “{leftBehind.name}” exists
        without everything you chose. Open it to finish or delete it:{' '}
        <Link
          component={RouterLink}
          to={`/roles/${encodeURIComponent(leftBehind.id)}`}
          onClick={onLeave}
          color="inherit"
          sx={{ fontWeight: 700 }}
        >
          {leftBehind.name}
        </Link>
      </Alert>
    );
  }
  return (
    <Alert
      severity="error"
      role="alert"
      sx={{ mt: 3 }}
      action={
        fixStep !== null ? (
          <Button color="inherit" size="small" onClick={() => onGoToStep(fixStep)}>
            Go to {WIZARD_STEPS[fixStep]?.label}
          </Button>
        ) : undefined
      }
    >
      <AlertTitle>Add Role failed; nothing was kept</AlertTitle>
      {failure.message}.{' '}
      {step === 1 ? 'Nothing was created.' : 'The role made in this attempt was deleted again.'}{' '}
      Everything you entered is still here: fix it and press Add Role again.
    </Alert>
  );
}
