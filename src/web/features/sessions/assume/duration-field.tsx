import Box from '@mui/material/Box';
import InputAdornment from '@mui/material/InputAdornment';
import Slider from '@mui/material/Slider';
import TextField from '@mui/material/TextField';
import { useController } from 'react-hook-form';
import type { Control } from 'react-hook-form';
import { SESSION_DURATION_MIN } from '../../../../shared/schemas/role';
import { fieldMessage } from '../../../components/form-text-field';
import { humanDuration } from '../../../lib/dates';
import type { AssumeFormInput } from '../model/assume-form';

const LABEL = 'Duration';
const STEP = 300;

/** Duration: a slider for the rough choice and a field for the exact seconds, capped by `max`. */
export function DurationField({
  control,
  max,
}: {
  control: Control<AssumeFormInput>;
  max: number;
}) {
  const { field, fieldState } = useController({ control, name: 'duration_seconds' });
  const seconds = Number.isFinite(field.value) ? field.value : SESSION_DURATION_MIN;
  const helper =
    fieldMessage(LABEL, fieldState.error) ??
    `${Number.isInteger(field.value) ? humanDuration(field.value) : '—'} · ${humanDuration(SESSION_DURATION_MIN)} to ${humanDuration(max)}`;
  return (
    <Box sx={{ mt: 1 }}>
      <TextField
        label={LABEL}
        type="number"
        name={field.name}
        inputRef={field.ref}
        value={Number.isNaN(field.value) ? '' : field.value}
        onChange={(e) =>
          field.onChange(e.target.value === '' ? Number.NaN : Number(e.target.value))
        }
        onBlur={field.onBlur}
        error={fieldState.invalid}
        helperText={helper}
        fullWidth
        margin="dense"
        slotProps={{
          htmlInput: { min: SESSION_DURATION_MIN, max, step: 1 },
          input: { endAdornment: <InputAdornment position="end">seconds</InputAdornment> },
        }}
      />
      <Box sx={{ px: 1.5 }}>
        <Slider
          aria-label={LABEL}
          value={Math.min(Math.max(seconds, SESSION_DURATION_MIN), max)}
          min={SESSION_DURATION_MIN}
          max={max}
          step={STEP}
          disabled={max <= SESSION_DURATION_MIN}
          marks={[
            { value: SESSION_DURATION_MIN, label: humanDuration(SESSION_DURATION_MIN) },
            { value: max, label: humanDuration(max) },
          ]}
          valueLabelDisplay="auto"
          getAriaValueText={humanDuration}
          valueLabelFormat={humanDuration}
          onChange={(_e, v) => field.onChange(v)}
          sx={{
            '& .MuiSlider-markLabel': { fontSize: '0.75rem' },
            // The end labels stay inside the card instead of centring on the track's ends.
            '& .MuiSlider-markLabel[data-index="0"]': { transform: 'none' },
            '& .MuiSlider-markLabel[data-index="1"]': { transform: 'translateX(-100%)' },
          }}
        />
      </Box>
    </Box>
  );
}
