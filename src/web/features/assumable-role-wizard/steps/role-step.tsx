import CheckCircleIcon from '@mui/icons-material/CheckCircleOutlined';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import { useEffect, useState } from 'react';
import { useFormContext, useFormState, useWatch } from 'react-hook-form';
import { FormSelectField } from '../../../components/form-select-field';
import { FormTextField } from '../../../components/form-text-field';
import { humanDuration } from '../../../lib/dates';
import { takenNameMessage, takenRoleName } from '../model/role-names';
import type { WizardInput } from '../model/wizard-schema';
import { SESSION_DURATION_CHOICES } from '../model/wizard-schema';

/** How long typing rests before the name is looked up among the roles. */
export const NAME_CHECK_DELAY_MS = 300;

/** `value`, once it has stayed the same for `delay` ms. */
function useSettled<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

interface RoleStepProps {
  /** Every role's name, as the roles list loaded them; undefined while they load. */
  roleNames?: readonly string[] | undefined;
}

/**
 * Step 1: Name, Description, Maximum session duration — the POST /v2/roles body. Once typing
 * rests, the name is looked up among the organization's roles: a taken one is an error on Name
 * (Next checks it again), a free one gets a tick.
 */
export function RoleStep({ roleNames }: RoleStepProps) {
  const { control, setError, clearErrors } = useFormContext<WizardInput>();
  const name = useWatch({ control, name: 'role.name' });
  const { errors } = useFormState({ control, name: 'role.name' });
  const nameError = errors.role?.name;
  const settled = useSettled(name, NAME_CHECK_DELAY_MS);
  const checked = settled === name && roleNames !== undefined;
  const taken = checked ? takenRoleName(name, roleNames) : undefined;

  useEffect(() => {
    if (taken !== undefined) {
      setError('role.name', { type: 'taken', message: takenNameMessage(taken) });
    }
  }, [taken, setError]);
  useEffect(() => {
    // Typing on from a taken name: its error goes until the new name is looked up.
    if (taken === undefined && nameError?.type === 'taken') clearErrors('role.name');
  }, [taken, nameError?.type, clearErrors]);

  const free = checked && taken === undefined && name.trim() !== '' && nameError === undefined;
  return (
    <Stack spacing={2} sx={{ maxWidth: 640 }}>
      <FormTextField
        control={control}
        name="role.name"
        label="Name"
        required
        fullWidth
        autoFocus
        // Always a line under Name: the tick's words arrive once typing rests, and a line that
        // appeared then would move the fields and Next down under a click on its way.
        helperText={free ? 'No other role has this name.' : 'Each role has a name of its own.'}
        slotProps={{
          input: {
            endAdornment: free ? (
              <InputAdornment position="end">
                <CheckCircleIcon color="success" titleAccess="Name is free" />
              </InputAdornment>
            ) : undefined,
          },
        }}
      />
      <FormTextField
        control={control}
        name="role.description"
        label="Description"
        multiline
        minRows={2}
        fullWidth
      />
      <FormSelectField
        control={control}
        name="role.max_session_duration"
        label="Maximum session duration"
        options={SESSION_DURATION_CHOICES}
        labelOf={humanDuration}
        fullWidth
        helperText="How long one session of this role may last: 15 minutes to 12 hours."
      />
    </Stack>
  );
}
