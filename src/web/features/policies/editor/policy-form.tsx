import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useForm } from 'react-hook-form';
import { POLICY_VERSION, policyInputSchema } from '../../../../shared/schemas/policy';
import type { Policy, PolicyInput, PolicyValues } from '../../../../shared/schemas/policy';
import { LeaveGuardDialog } from '../../../components/leave-guard-dialog';
import { FormTextField } from '../../../components/form-text-field';
import { formChanged } from '../../../lib/form-changed';
import { useLeaveGuard } from '../../../lib/use-leave-guard';
import { useNotify } from '../../../lib/snackbar';
import { useCreatePolicy, useUpdatePolicy } from '../api/use-save-policy';
import { formatDocument } from '../document/builder-model';
import { DocumentEditor } from './document-editor';
import { setServerError } from '../../../lib/server-errors';
import { POLICY_ERRORS } from './server-errors';

/** A new policy starts empty; an existing one with its document exactly as stored. */
function defaultsOf(policy: Policy | undefined): PolicyInput {
  return {
    name: policy?.name ?? '',
    description: policy?.description ?? '',
    policy_document: formatDocument(
      policy?.policy_document ?? { Version: POLICY_VERSION, Statement: [] },
    ),
  };
}

/** Side by side on wide screens: the name takes a third, the description the rest. */
const NAME = { flex: { md: '0 0 34%' } };

interface PolicyFormProps {
  /** The policy to edit (PUT); none for a new one (POST). */
  policy?: Policy;
  onSaved: (policy: Policy) => void;
  onCancel: () => void;
}

/**
 * Name, Description and the document, one form validated by the API's own schema, which
 * parses the JSON text the form holds. Server refusals land on the field they are about.
 */
export function PolicyForm({ policy, onSaved, onCancel }: PolicyFormProps) {
  const notify = useNotify();
  const create = useCreatePolicy();
  const update = useUpdatePolicy(policy?.id ?? '');
  const save = policy ? update : create;
  const form = useForm<PolicyInput, unknown, PolicyValues>({
    resolver: zodResolver(policyInputSchema),
    defaultValues: defaultsOf(policy),
  });
  const { control, handleSubmit, setError, formState } = form;
  const { blocker, release } = useLeaveGuard(() => formChanged(form) && !save.isSuccess);

  const submit = handleSubmit((values) =>
    save.mutate(values, {
      onSuccess: (saved) => {
        release();
        onSaved(saved);
      },
      onError: (error) => {
        if (!setServerError(error, POLICY_ERRORS, setError)) {
          notify({ severity: 'error', message: `Could not save the policy: ${error.message}` });
        }
      },
    }),
  );

  return (
    <Stack
      component="form"
      noValidate
      onSubmit={(e) => void submit(e)}
      spacing={2}
      aria-label={policy ? `Edit policy ${policy.name}` : 'New policy'}
    >
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <FormTextField control={control} name="name" label="Name" required autoFocus sx={NAME} />
        <FormTextField
          control={control}
          name="description"
          label="Description"
          multiline
          maxRows={4}
          sx={{ flex: 1 }}
        />
      </Stack>
      <DocumentEditor control={control} submitted={formState.submitCount > 0} />
      <Stack direction="row" spacing={1}>
        <Button type="submit" variant="contained" loading={save.isPending}>
          {policy ? 'Save' : 'Add Policy'}
        </Button>
        <Button onClick={onCancel} disabled={save.isPending}>
          Cancel
        </Button>
      </Stack>
      <LeaveGuardDialog blocker={blocker} title="Leave without saving the policy?">
        Your changes to the policy have not been saved and will be lost.
      </LeaveGuardDialog>
    </Stack>
  );
}
