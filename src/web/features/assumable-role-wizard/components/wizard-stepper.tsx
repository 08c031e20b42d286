import Step from '@mui/material/Step';
import StepButton from '@mui/material/StepButton';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { WIZARD_STEPS } from '../model/steps';

interface WizardStepperProps {
  step: number;
  reached: number;
  /** Steps with an error from the last check. */
  failed: ReadonlySet<number>;
  onStep: (index: number) => void;
}

/**
 * The six steps; any step reached so far can be clicked. Narrow screens show the numbers only
 * (each still named for screen readers) and the current step's name beneath.
 */
export function WizardStepper({ step, reached, failed, onStep }: WizardStepperProps) {
  const narrow = useMediaQuery(useTheme().breakpoints.down('md'));
  return (
    <nav aria-label="Wizard steps">
      <Stepper nonLinear activeStep={step} sx={{ mb: narrow ? 1 : 3 }}>
        {WIZARD_STEPS.map((s, i) => (
          <Step key={s.key} completed={i < reached && i !== step && !failed.has(i)}>
            <StepButton
              onClick={() => onStep(i)}
              disabled={i > reached}
              aria-current={i === step ? 'step' : undefined}
              aria-label={narrow ? `Step ${i + 1}: ${s.label}` : undefined}
            >
              <StepLabel error={failed.has(i)}>{narrow ? null : s.label}</StepLabel>
            </StepButton>
          </Step>
        ))}
      </Stepper>
      {narrow && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2, textAlign: 'center' }}>
          Step {step + 1} of {WIZARD_STEPS.length}
        </Typography>
      )}
    </nav>
  );
}
