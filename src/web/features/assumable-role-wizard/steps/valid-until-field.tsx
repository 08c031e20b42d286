import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { DateTime } from 'luxon';
import { useController, useFormContext, useWatch } from 'react-hook-form';
import { fieldMessage } from '../../../components/form-text-field';
import { TimezoneField } from '../components/timezone-field';
import { expiryWords } from '../model/plain-words';
import { QUICK_EXPIRIES, quickExpiry } from '../model/valid-until';
import type { TrustFormInput } from '../model/wizard-schema';

const LABEL = 'Valid until';

/** Valid until (optional): a date and time in a chosen zone, a few quick picks, or none. */
export function ValidUntilField() {
  const { control } = useFormContext<TrustFormInput>();
  const local = useController({ control, name: 'trust.valid_until.local' });
  const zone = useController({ control, name: 'trust.valid_until.zone' });
  const value = useWatch({ control, name: 'trust.valid_until' });
  const now = new Date();
  const set = (text: string) => local.field.onChange(text);
  const min = DateTime.fromJSDate(now, { zone: zone.field.value }).toFormat("yyyy-LL-dd'T'HH:mm");
  const words = value.local ? expiryWords(value, now) : 'Optional. Empty: the trust never expires.';
  return (
    <Stack spacing={1.5}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          type="datetime-local"
          label={LABEL}
          name={local.field.name}
          inputRef={local.field.ref}
          value={local.field.value}
          onChange={(e) => set(e.target.value)}
          onBlur={local.field.onBlur}
          error={local.fieldState.invalid}
          helperText={fieldMessage(LABEL, local.fieldState.error) ?? words}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { min } }}
          sx={{ flex: 1 }}
        />
        <Box sx={{ flex: 1 }}>
          <TimezoneField
            label="Valid until time zone"
            field={zone.field}
            helperText="The date and time are read in this zone."
          />
        </Box>
      </Stack>
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        <Typography variant="body2" color="text.secondary">
          Quick picks:
        </Typography>
        {QUICK_EXPIRIES.map((q) => (
          <Button
            key={q.key}
            size="small"
            variant="outlined"
            onClick={() => set(quickExpiry(q.key, zone.field.value, new Date()))}
          >
            {q.label}
          </Button>
        ))}
        <Button size="small" onClick={() => set('')} disabled={!local.field.value}>
          No expiry
        </Button>
      </Stack>
    </Stack>
  );
}
