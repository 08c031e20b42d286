import { useQuery } from '@tanstack/react-query';
import { useController } from 'react-hook-form';
import type { Control } from 'react-hook-form';
import { fieldMessage } from '../../../components/form-text-field';
import { PolicyAutocomplete } from '../../../components/policy-autocomplete';
import { policyQueries } from '../../../entities/policy/policy-queries';
import type { AssignableRoleInput } from './assignable-role-schema';

/** Permission Policies of a new assignable role. */
export function PolicyPicker({ control }: { control: Control<AssignableRoleInput> }) {
  const { field, fieldState } = useController({ control, name: 'policy_ids' });
  const policies = useQuery(policyQueries.list());
  return (
    <PolicyAutocomplete
      field={field}
      policies={policies}
      fieldError={fieldMessage('Permission Policies', fieldState.error)}
      helperText="Optional. Users and groups holding the role get these permissions."
    />
  );
}
