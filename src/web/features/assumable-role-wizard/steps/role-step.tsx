import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import { useFormContext } from 'react-hook-form';
import { FormTextField } from '../../../components/form-text-field';
import { humanDuration } from '../../../lib/dates';
import type { WizardInput } from '../model/wizard-schema';
import { SESSION_DURATION_CHOICES } from '../model/wizard-schema';

/** Step 1: Name, Description, Maximum session duration — the POST /v2/roles body. */
export function RoleStep() {
  const { control } = useFormContext<WizardInput>();
  return (
    <Stack spacing={2} sx={{ maxWidth: 640 }}>
      <FormTextField control={control} name="role.name" label="Name" required fullWidth autoFocus />
      <FormTextField
        control={control}
        name="role.description"
        label="Description"
        multiline
        minRows={2}
        fullWidth
      />
      <FormTextField
        control={control}
        name="role.max_session_duration"
        label="Maximum session duration"
        select
        fullWidth
        helperText="How long one session of this role may last: 15 minutes to 12 hours."
      >
        {SESSION_DURATION_CHOICES.map((seconds) => (
          <MenuItem key={seconds} value={seconds}>
            {humanDuration(seconds)}
          </MenuItem>
        ))}
      </FormTextField>
    </Stack>
  );
}
