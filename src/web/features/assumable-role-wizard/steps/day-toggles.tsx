import CheckIcon from '@mui/icons-material/Check';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { DAYS_OF_WEEK } from '../../../../shared/schemas/role-trust';
import type { DayOfWeek } from '../../../../shared/schemas/role-trust';
import { fieldMessage } from '../../../components/form-text-field';
import type { TrustFormInput } from '../model/wizard-schema';

const short = (day: DayOfWeek) => day.charAt(0).toUpperCase() + day.slice(1, 3);
const PRESETS: readonly { label: string; days: readonly DayOfWeek[] }[] = [
  { label: 'Weekdays', days: DAYS_OF_WEEK.slice(0, 5) },
  { label: 'Weekends', days: DAYS_OF_WEEK.slice(5) },
  { label: 'Every day', days: DAYS_OF_WEEK },
];

/**
 * A day that is on is filled with the primary colour (its text in the colour made to contrast
 * with it); a day that is off is only outlined. Both themes define those colours, so the
 * difference reads the same in light and dark.
 */
const DAY_STYLE = {
  flexWrap: 'wrap',
  '& .MuiToggleButton-root': {
    textTransform: 'none',
    px: 1.25,
    color: 'text.primary',
    borderColor: 'divider',
    bgcolor: 'transparent',
  },
  '& .MuiToggleButton-root.Mui-selected, & .MuiToggleButton-root.Mui-selected:hover': {
    bgcolor: 'primary.main',
    color: 'primary.contrastText',
    borderColor: 'primary.main',
    fontWeight: 600,
  },
} as const;

/** Day toggles Mon … Sun (any number pressed), with shortcuts for the usual sets. */
export function DayToggles() {
  const { control } = useFormContext<TrustFormInput>();
  const { field, fieldState } = useController({ control, name: 'schedule.days_of_week' });
  const id = useId();
  const error = fieldMessage('Days', fieldState.error);
  const set = (days: readonly DayOfWeek[]) =>
    field.onChange(DAYS_OF_WEEK.filter((d) => days.includes(d)));
  return (
    <Stack spacing={0.75}>
      <Typography id={id} variant="body2" color={error ? 'error' : 'text.secondary'}>
        Days
      </Typography>
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        <ToggleButtonGroup
          size="small"
          color="primary"
          aria-labelledby={id}
          aria-describedby={error ? `${id}-error` : undefined}
          value={field.value}
          onChange={(_e, days: DayOfWeek[]) => set(days)}
          sx={DAY_STYLE}
        >
          {DAYS_OF_WEEK.map((day, i) => {
            const on = field.value.includes(day);
            return (
              <ToggleButton key={day} value={day} ref={i === 0 ? field.ref : undefined}>
                {/* A tick as well as the fill: "on" must not rest on colour alone. */}
                <CheckIcon
                  fontSize="inherit"
                  sx={{ mr: 0.5, visibility: on ? 'visible' : 'hidden' }}
                />
                {short(day)}
              </ToggleButton>
            );
          })}
        </ToggleButtonGroup>
        {PRESETS.map((preset) => (
          <Button key={preset.label} size="small" onClick={() => set(preset.days)}>
            {preset.label}
          </Button>
        ))}
      </Stack>
      {error && (
        <FormHelperText id={`${id}-error`} error>
          {error}
        </FormHelperText>
      )}
    </Stack>
  );
}
