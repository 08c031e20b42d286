import Alert from '@mui/material/Alert';
import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { Link as RouterLink, useLocation } from 'react-router';
import type { Role } from '../../../../shared/schemas/role';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useCreateAssumableRole } from '../api/use-create-assumable-role';
import type { CreatedAssumableRole } from '../api/use-create-assumable-role';
import { verifiedClean } from '../api/trust-writes';
import { firstStepWithError, REVIEW_STEP, stepOfField, WIZARD_STEPS } from '../model/steps';
import type { WizardInput, WizardValues } from '../model/wizard-schema';
import { wizardDefaults, wizardSchema } from '../model/wizard-schema';
import { EntityStep } from '../steps/entity-step';
import { IpStep } from '../steps/ip-step';
import { PoliciesStep } from '../steps/policies-step';
import { ReviewStep } from '../steps/review-step';
import { RoleStep } from '../steps/role-step';
import { ScheduleStep } from '../steps/schedule-step';
import { CreateFailureAlert } from './create-failure-alert';
import { TrustMismatchDialog } from './trust-mismatch-dialog';
import { placeFailure } from './failure-place';
import { formChanged } from '../../../lib/form-changed';
import { useLeaveGuard } from '../../../lib/use-leave-guard';
import { TrustDraftProvider, useTrustDraftState } from './trust-draft';
import { useStepCheck } from './use-step-check';
import { useWizardSteps } from './use-wizard-steps';
import { WizardStepper } from './wizard-stepper';

type RoleNames = readonly string[] | undefined;

const STEP_CONTENT: readonly ((roleNames: RoleNames) => ReactNode)[] = [
  (roleNames) => <RoleStep roleNames={roleNames} />,
  () => <EntityStep />,
  () => <ScheduleStep />,
  () => <IpStep findings />,
  () => <PoliciesStep />,
  () => <ReviewStep />,
];

const IP_STEP = stepOfField('ip_address');

interface WizardFormProps {
  onCreated: (role: Role) => void;
  /** Every role's name, to refuse a taken one on step 1; undefined while they load. */
  roleNames?: RoleNames;
}

/**
 * The Assumable Role wizard: one form over six steps. Next checks only the step's own key;
 * Back, step clicks and browser history keep every value; Add Role sends it all or nothing.
 */
export function WizardForm({ onCreated, roleNames }: WizardFormProps) {
  const [schema] = useState(() => wizardSchema());
  const [defaults] = useState(() => wizardDefaults());
  const form = useForm<WizardInput, unknown, WizardValues>({
    resolver: zodResolver(schema),
    defaultValues: defaults,
    // Errors clear as the user types; a blur alone never shifts the layout under a click.
    mode: 'onChange',
  });
  const { step, reached, go } = useWizardSteps();
  const draft = useTrustDraftState();
  const create = useCreateAssumableRole();
  const [failure, setFailure] = useState<{ error: Error; fixStep: number | null } | null>(null);
  // A role whose trust read back otherwise than sent, waiting for the person's answer.
  const [mismatch, setMismatch] = useState<CreatedAssumableRole | null>(null);
  const [discarded, setDiscarded] = useState(false);
  const { blocker, release } = useLeaveGuard(
    () =>
      (formChanged(form) || draft.pendingIpNow().trim() !== '') &&
      !(create.isSuccess && mismatch === null && !discarded),
  );
  const errors = form.formState.errors;
  const failed = new Set(WIZARD_STEPS.flatMap((s, i) => (s.field && errors[s.field] ? [i] : [])));

  // After a step change, focus moves to the new step's heading, for keyboard and screen readers.
  const heading = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current !== step) heading.current?.focus();
    shownStep.current = step;
  }, [step]);

  const { checkStep, flushIp } = useStepCheck(form, draft, roleNames);
  // From a Next until the next step is on screen (the step's check runs asynchronously, then the
  // address changes) the form says it is busy: a second Next meanwhile checks the same step again
  // and moves on once, not twice.
  const location = useLocation();
  const [checkingAt, setCheckingAt] = useState<string | null>(null);
  const goTo = async (index: number) => {
    if (index > step) {
      setCheckingAt(location.key);
      if (!(await checkStep(step))) {
        setCheckingAt(null);
        return;
      }
    }
    go(index);
  };
  const finish = (role: Role) => {
    release();
    onCreated(role);
  };
  const addRole = form.handleSubmit(
    (values) => {
      setFailure(null);
      setDiscarded(false);
      create.mutate(values, {
        onSuccess: (created) => {
          if (verifiedClean(created.verification)) finish(created.role);
          else setMismatch(created);
        },
        onError: (error) => setFailure({ error, fixStep: placeFailure(error, form.setError) }),
      });
    },
    (invalid) => go(firstStepWithError(invalid)),
  );

  const current = WIZARD_STEPS[step]!;
  return (
    <FormProvider {...form}>
      <TrustDraftProvider draft={draft}>
        <Paper
          component="form"
          variant="outlined"
          noValidate
          aria-label="Assumable Role wizard"
          aria-busy={checkingAt === location.key}
          onSubmit={(e) => {
            e.preventDefault();
            if (step < REVIEW_STEP) void goTo(step + 1);
            // Text left in the IP box goes in first; when it cannot, its step says why.
            else if (!flushIp(false)) go(IP_STEP);
            else void addRole(e);
          }}
          sx={{ p: { xs: 1.5, sm: 3 } }}
        >
          <WizardStepper
            step={step}
            reached={reached}
            failed={failed}
            onStep={(i) => void goTo(i)}
          />
          <Typography
            ref={heading}
            tabIndex={-1}
            variant="h6"
            component="h2"
            sx={{ mb: 2, outline: 'none' }}
          >
            {current.label}
          </Typography>
          {STEP_CONTENT[step]?.(roleNames)}
          {discarded && (
            <Alert severity="info" role="status" sx={{ mt: 3 }}>
              The role and its trust were deleted again; nothing was kept. Everything you entered is
              still here: change it and press Add Role again.
            </Alert>
          )}
          {failure && (
            <CreateFailureAlert
              failure={failure.error}
              fixStep={failure.fixStep}
              onGoToStep={go}
              onLeave={release}
            />
          )}
          <Stack
            direction="row"
            spacing={1}
            sx={{ mt: 3, justifyContent: 'flex-end', flexWrap: 'wrap', rowGap: 1 }}
          >
            <Button component={RouterLink} to="/organization/roles" sx={{ mr: 'auto' }}>
              Cancel
            </Button>
            {step > 0 && (
              <Button key="back" onClick={() => go(step - 1)} disabled={create.isPending}>
                Back
              </Button>
            )}
            {/* Keys keep React from reusing the clicked Next as Add Role mid-click. */}
            {step < REVIEW_STEP ? (
              <Button key="next" type="submit" variant="contained">
                Next
              </Button>
            ) : (
              <Button key="add" type="submit" variant="contained" loading={create.isPending}>
                Add Role
              </Button>
            )}
          </Stack>
        </Paper>
        <TrustMismatchDialog
          created={mismatch}
          intended={{
            trust: form.getValues('trust'),
            schedule: form.getValues('schedule'),
            ip_address: form.getValues('ip_address'),
          }}
          onKeep={(role) => {
            setMismatch(null);
            finish(role);
          }}
          onDiscarded={() => {
            setMismatch(null);
            setDiscarded(true);
          }}
        />
        <ConfirmDialog
          open={blocker.state === 'blocked'}
          title="Leave without adding the role?"
          confirmLabel="Leave"
          destructive
          onConfirm={() => blocker.proceed?.()}
          onClose={() => blocker.reset?.()}
        >
          The role has not been added yet. What you entered in the wizard will be lost.
        </ConfirmDialog>
      </TrustDraftProvider>
    </FormProvider>
  );
}
