import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import { useId } from 'react';
import { useController, useFormContext, useWatch } from 'react-hook-form';
import { FormSelectField } from '../../../components/form-select-field';
import { fieldMessage } from '../../../components/form-text-field';
import { TimezoneField } from '../components/timezone-field';
import type { ScheduleMode } from '../model/schedule-modes';
import { SCHEDULE_MODE_LABELS, SCHEDULE_MODES, usesDays, usesTimes } from '../model/schedule-modes';
import type { TrustFormInput } from '../model/wizard-schema';
import { DayToggles } from './day-toggles';
import { SchedulePreviewPanel } from './schedule-preview-panel';

const pad = (h: number) => `${String(h).padStart(2, '0')}:00`;
const STARTS = Array.from({ length: 24 }, (_, h) => h);
const ENDS = Array.from({ length: 24 }, (_, h) => h + 1);
const HOUR_FIELDS = [
  { name: 'schedule.start', label: 'Start time', options: STARTS },
  { name: 'schedule.end', label: 'End time', options: ENDS },
] as const;

/** Step 3, Schedule: when the role may be assumed, with the week drawn live below. */
export function ScheduleStep() {
  const { control } = useFormContext<TrustFormInput>();
  const mode = useController({ control, name: 'schedule.mode' });
  const zone = useController({ control, name: 'schedule.timezone' });
  const [start, end] = useWatch({ control, name: ['schedule.start', 'schedule.end'] });
  const id = useId();
  const current = mode.field.value;
  const wraps = usesTimes(current) && start > end;
  return (
    <Stack spacing={3}>
      <FormControl component="fieldset">
        <FormLabel component="legend" id={id}>
          When may the role be assumed?
        </FormLabel>
        <RadioGroup
          aria-labelledby={id}
          name={mode.field.name}
          value={current}
          onChange={(_e, value) => mode.field.onChange(value as ScheduleMode)}
        >
          {SCHEDULE_MODES.map((m, i) => (
            <FormControlLabel
              key={m}
              value={m}
              label={SCHEDULE_MODE_LABELS[m]}
              control={
                <Radio slotProps={{ input: { ref: i === 0 ? mode.field.ref : undefined } }} />
              }
            />
          ))}
        </RadioGroup>
      </FormControl>
      {current !== 'always' && (
        <Stack spacing={2} sx={{ maxWidth: 720 }}>
          {usesTimes(current) && (
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              {HOUR_FIELDS.map((hour) => (
                <FormSelectField
                  key={hour.name}
                  {...hour}
                  control={control}
                  labelOf={pad}
                  sx={{ minWidth: 160 }}
                  helperText={
                    hour.name === 'schedule.end' && wraps
                      ? `Runs past midnight, until ${pad(end)} the next day`
                      : undefined
                  }
                />
              ))}
            </Stack>
          )}
          <TimezoneField
            label="Timezone"
            field={zone.field}
            error={fieldMessage('Timezone', zone.fieldState.error)}
            helperText="The hours and days are read in this zone, daylight saving included."
          />
          {usesDays(current) && <DayToggles />}
        </Stack>
      )}
      <SchedulePreviewPanel />
    </Stack>
  );
}
