import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { timeOfDaySchema } from '../../../../shared/schemas/role-trust';
import type { TimeOfDay } from '../../../../shared/schemas/role-trust';
import { describeSchedule } from '../../../../shared/trust/schedule';
import { WeeklyGrid } from '../../../components/weekly-grid';
import { useNow } from '../../../lib/use-now';
import { timeOfDayOf } from '../model/schedule-modes';
import { schedulePreview } from '../model/schedule-preview';
import { browserZone } from '../model/wizard-schema';
import type { TrustFormInput } from '../model/wizard-schema';
import { validUntilIso } from '../model/valid-until';
import { AssumableNowLine } from './assumable-now-line';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const pad = (h: number) => String(h).padStart(2, '0');
const HOURS = Array.from({ length: 24 }, (_, h) => pad(h));
const run = (start: number, end: number) => `${pad(start)}:00–${pad(end)}:00`;

function Week({ title, zone, cells }: { title: string; zone: string; cells: boolean[][] }) {
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="subtitle2" component="h4" sx={{ mb: 0.5 }}>
        {title}
      </Typography>
      <WeeklyGrid
        cells={cells}
        rowLabels={DAYS}
        columnLabels={HOURS}
        label={`Weekly schedule in ${zone}`}
        formatRun={run}
        legend={['Assumable', 'Not assumable']}
        dense
      />
    </Box>
  );
}

/** Two grids and 90 days of offsets: worked out again only when the schedule or the clock moves. */
function usePreview(timeOfDayJson: string, now: Date) {
  return useMemo(() => {
    const timeOfDay = JSON.parse(timeOfDayJson) as TimeOfDay | null;
    return schedulePreview(timeOfDay ?? undefined, browserZone(), now);
  }, [timeOfDayJson, now]);
}

/** The live picture of the schedule: this week in its zone and in the viewer's, DST warnings, assumable now. */
export function SchedulePreviewPanel() {
  const { control } = useFormContext<TrustFormInput>();
  const [schedule, validUntil] = useWatch({ control, name: ['schedule', 'trust.valid_until'] });
  const now = useNow(30_000);
  const draft = timeOfDayOf(schedule);
  const checked = draft ? timeOfDaySchema.safeParse(draft) : null;
  const timeOfDay = checked?.success ? draft : undefined;
  const preview = usePreview(JSON.stringify(timeOfDay ?? null), now);
  // An always-open week looks the same everywhere: one grid says it.
  const both = timeOfDay !== undefined && preview.zonesDiffer;
  return (
    <Paper variant="outlined" component="section" aria-label="Schedule preview" sx={{ p: 2 }}>
      <Stack spacing={1.5}>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          {checked && !checked.success
            ? 'The schedule is not complete yet'
            : describeSchedule(timeOfDay)}
        </Typography>
        {checked && !checked.success ? (
          <Typography color="text.secondary">
            Fix the fields above to see the week it allows.
          </Typography>
        ) : (
          <>
            <AssumableNowLine
              timeOfDay={timeOfDay}
              validUntil={validUntilIso(validUntil)}
              now={now}
            />
            <Box
              sx={{
                display: 'grid',
                gap: 3,
                gridTemplateColumns: { xs: '1fr', lg: both ? '1fr 1fr' : '1fr' },
              }}
            >
              <Week
                title={
                  !timeOfDay
                    ? `In any time zone`
                    : both
                      ? `In ${preview.trustZone}, the schedule's time zone`
                      : `In ${preview.trustZone}, also your time zone`
                }
                zone={timeOfDay ? preview.trustZone : preview.viewerZone}
                cells={timeOfDay ? preview.trustGrid : preview.viewerGrid}
              />
              {both && (
                <Week
                  title={`In your time zone, ${preview.viewerZone}`}
                  zone={preview.viewerZone}
                  cells={preview.viewerGrid}
                />
              )}
            </Box>
            {preview.shifts.length > 0 && (
              <Alert severity="warning" variant="outlined">
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  Daylight saving moves this window on your clock within 90 days:
                </Typography>
                {preview.shifts.map((s) => (
                  <Typography key={s.at.toISOString()} variant="body2">
                    {s.description}.
                  </Typography>
                ))}
              </Alert>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
