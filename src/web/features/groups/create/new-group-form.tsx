import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { Link as RouterLink, useNavigate } from 'react-router';
import { placeOfServerError } from '../../../lib/server-errors';
import { useNotify } from '../../../lib/snackbar';
import { DetailsStep } from './details-step';
import { NEW_GROUP_DEFAULTS, newGroupFormSchema } from './new-group-schema';
import type { NewGroupInput, NewGroupValues } from './new-group-schema';
import { ReviewStep } from './review-step';
import { GROUP_ERRORS } from './server-errors';
import { CreateGroupStepError, useCreateGroup } from './use-create-group';

const STEPS = ['Details', 'Review'] as const;

/** One form over two steps (MUI Stepper): Next checks step 1, Create Group sends it all. */
export function NewGroupForm() {
  const form = useForm<NewGroupInput, unknown, NewGroupValues>({
    resolver: zodResolver(newGroupFormSchema),
    defaultValues: NEW_GROUP_DEFAULTS,
  });
  const [step, setStep] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const create = useCreateGroup();
  const navigate = useNavigate();
  const notify = useNotify();

  // Step 1 holds every field of the schema, so its Next is the form's submit (Enter works too,
  // and fixed fields re-check as they change); only on Review does submitting send.
  const submit = form.handleSubmit((values) => {
    if (step === 0) {
      setStep(1);
      return;
    }
    setFailure(null);
    create.mutate(values, {
      onSuccess: (group) => {
        notify({ message: `Group ${group.display_name} created` });
        void navigate(`/groups/${group.id}`);
      },
      onError: (error) => {
        const field = placeOfServerError(error, GROUP_ERRORS);
        if (field) {
          form.setError(field, { type: 'server', message: error.message });
          setStep(0);
        } else if (error instanceof CreateGroupStepError) {
          setFailure(error.message);
        } else {
          const total = 1 + values.member_ids.length + values.role_ids.length;
          setFailure(
            `Step 1 of ${total}, creating the group, failed: ${error.message}. Nothing was created.`,
          );
        }
      },
    });
  });

  return (
    <FormProvider {...form}>
      <Paper
        component="form"
        variant="outlined"
        noValidate
        aria-label="Create group"
        onSubmit={(e) => void submit(e)}
        sx={{ p: { xs: 1.5, sm: 3 } }}
      >
        <Stepper activeStep={step} sx={{ mb: 3 }}>
          {STEPS.map((label) => (
            <Step key={label}>
              <StepLabel>{label}</StepLabel>
            </Step>
          ))}
        </Stepper>
        {step === 0 ? <DetailsStep /> : <ReviewStep />}
        {failure && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {failure}
          </Alert>
        )}
        <Stack direction="row" spacing={1} sx={{ mt: 3, justifyContent: 'flex-end' }}>
          {/* Keys keep React from reusing the clicked Next as Create Group mid-click. */}
          {step === 0 ? (
            <>
              <Button key="cancel" component={RouterLink} to="/organization/groups">
                Cancel
              </Button>
              <Button key="next" type="submit" variant="contained">
                Next
              </Button>
            </>
          ) : (
            <>
              <Button key="back" onClick={() => setStep(0)} disabled={create.isPending}>
                Back
              </Button>
              <Button key="create" type="submit" variant="contained" loading={create.isPending}>
                Create Group
              </Button>
            </>
          )}
        </Stack>
      </Paper>
    </FormProvider>
  );
}
