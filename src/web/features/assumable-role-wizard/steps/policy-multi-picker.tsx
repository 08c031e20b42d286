import Box from '@mui/material/Box';
import { useQuery } from '@tanstack/react-query';
import { useController, useFormContext } from 'react-hook-form';
import { fieldMessage } from '../../../components/form-text-field';
import { PolicyAutocomplete } from '../../../components/policy-autocomplete';
import { policyQueries } from '../../../entities/policy/policy-queries';
import type { WizardInput } from '../model/wizard-schema';

/** Search the organization's policies and pick any number, each shown with description and size. */
export function PolicyMultiPicker() {
  const { control } = useFormContext<WizardInput>();
  const { field, fieldState } = useController({ control, name: 'policy_ids' });
  const policies = useQuery(policyQueries.list());
  return (
    <Box>
      <PolicyAutocomplete
        field={field}
        policies={policies}
        fieldError={fieldMessage('Permission Policies', fieldState.error)}
        helperText="Optional. Sessions of the role get the permissions of these policies."
        detailed
      />
    </Box>
  );
}
