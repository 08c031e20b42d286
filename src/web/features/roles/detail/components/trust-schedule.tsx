import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useState } from 'react';
import type { TimeOfDay } from '../../../../../shared/schemas/role-trust';
import {
  dstShifts,
  scheduleZone,
  weeklyGrid,
  weeklyGridSlots,
} from '../../../../../shared/trust/schedule';
import { clockOfColumn, WeeklyGrid } from '../../../../components/weekly-grid';
import { browserZone } from '../../../../lib/zoned-time';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const HOURS = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'));
/** "16:30–21:30": exact to the minute when the week is drawn in half or quarter hours. */
const run = (start: number, end: number) => `${clockOfColumn(start)}–${clockOfColumn(end)}`;

const zoneName = (zone: string) => (zone.toLowerCase() === 'utc' ? 'UTC' : zone);

function viewerZone(): string {
  const zone = browserZone();
  return scheduleZone(zone) ? zone : 'utc';
}

/**
 * The week as a 7×24 grid, in the trust's zone or, on request, in the viewer's — where a
 * daylight-saving change in either zone moves the window on the viewer's clock, it says so. A
 * zone half an hour (or a quarter) off the trust's gets its hours cut to match, so the window
 * is drawn where it is rather than rounded to whole hours.
 */
export function TrustSchedule({ schedule, now }: { schedule?: TimeOfDay; now: Date }) {
  const trustZone = schedule && scheduleZone(schedule.timezone) ? schedule.timezone : 'utc';
  const mine = viewerZone();
  const differs = scheduleZone(mine)?.name !== scheduleZone(trustZone)?.name;
  const [view, setView] = useState<'trust' | 'mine'>('trust');
  const zone = view === 'mine' && differs ? mine : trustZone;
  const shifts = schedule && zone === mine && differs ? dstShifts(schedule, mine, now, 90) : [];

  return (
    <Stack spacing={1} sx={{ minWidth: 0 }}>
      {schedule && differs && (
        <ToggleButtonGroup
          exclusive
          size="small"
          aria-label="Show the week in"
          value={view}
          onChange={(_e, value: 'trust' | 'mine' | null) => value && setView(value)}
          sx={{ flexWrap: 'wrap', '& .MuiToggleButton-root': { textTransform: 'none' } }}
        >
          <ToggleButton value="trust">{zoneName(trustZone)}</ToggleButton>
          <ToggleButton value="mine">Your time ({zoneName(mine)})</ToggleButton>
        </ToggleButtonGroup>
      )}
      <WeeklyGrid
        cells={weeklyGrid(schedule, zone, now, weeklyGridSlots(schedule, zone, now))}
        rowLabels={DAYS}
        columnLabels={HOURS}
        label={`Weekly schedule in ${zoneName(zone)}`}
        formatRun={run}
        legend={['Assumable', 'Not assumable']}
      />
      {shifts.length > 0 && (
        <Alert severity="warning" variant="outlined">
          {shifts.slice(0, 2).map((s) => (
            <div key={s.at.toISOString()}>{s.description}.</div>
          ))}
        </Alert>
      )}
    </Stack>
  );
}
