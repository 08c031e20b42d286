import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { SideScroller } from './side-scroller';

interface WeeklyGridProps {
  /**
   * One row per day; true = allowed. A row holds one cell per column (hour), or several per
   * column when the week is drawn in half or quarter hours (48 or 96 cells for 24 columns).
   */
  cells: readonly (readonly boolean[])[];
  rowLabels: readonly string[];
  columnLabels: readonly string[];
  /** Names the grid, e.g. "Weekly schedule in Europe/Berlin". */
  label: string;
  /**
   * Words for a run of allowed cells [start, end), in columns: whole numbers for whole hours,
   * fractions for parts of one (16.5 is half past 16), e.g. "16:30–21:30".
   */
  formatRun?: (start: number, end: number) => string;
  /** Words for the two colours. */
  legend?: readonly [allowed: string, denied: string];
  /** Narrower columns, so two weeks fit side by side. */
  dense?: boolean;
}

/** The runs of true cells in a row, as [start, end) cell pairs. */
export function runsOf(row: readonly boolean[]): [number, number][] {
  const runs: [number, number][] = [];
  row.forEach((on, i) => {
    if (!on) return;
    const last = runs[runs.length - 1];
    if (last && last[1] === i) last[1] = i + 1;
    else runs.push([i, i + 1]);
  });
  return runs;
}

/**
 * The grid in words, one phrase per row: "Mon 09:00–17:00; …; Sat none". With `perColumn` cells to
 * a column, runs are given to formatRun in columns (cell 33 of a half-hour row is column 16.5).
 */
export function describeGrid(
  cells: readonly (readonly boolean[])[],
  rowLabels: readonly string[],
  formatRun: (start: number, end: number) => string,
  perColumn = 1,
): string {
  return cells
    .map((row, r) => {
      const runs = runsOf(row);
      const words =
        runs.length === 0
          ? 'none'
          : runs.length === 1 && runs[0]![0] === 0 && runs[0]![1] === row.length
            ? 'all day'
            : runs.map(([a, b]) => formatRun(a / perColumn, b / perColumn)).join(', ');
      return `${rowLabels[r] ?? ''} ${words}`;
    })
    .join('; ');
}

/** How many cells of a row make one column (1 for hours, 2 for half hours, 4 for quarters). */
export function cellsPerColumn(cells: readonly (readonly boolean[])[], columns: number): number {
  const length = cells[0]?.length ?? columns;
  return columns > 0 && length % columns === 0 ? Math.max(1, length / columns) : 1;
}

/** "09:00", "16:30", "24:00": a column position (hours, fractions allowed) as a clock. */
export function clockOfColumn(position: number): string {
  const minutes = Math.round(position * 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

const ROW_HEIGHT = { xs: '1.1rem', sm: '1.35rem' };
const ROW_LABEL = '2.25rem';
/** Below this the grid scrolls sideways rather than squeeze columns further. */
const MIN_COLUMN = { normal: '9px', dense: '7px' };
/** From this container width every hour is labelled; below it, every third one. */
const ALL_LABELS_FROM = '480px';
const SPLIT_WORDS: Record<number, string> = { 2: 'half hours', 4: 'quarter hours' };

/**
 * A week at a glance (e.g. 7 days × 24 hours, each hour whole or cut into halves or quarters).
 * The columns shrink to fit the width (a phone shows the whole day); where even that is too
 * narrow, the grid scrolls sideways and says so, with a shadow on the side that goes on. Screen
 * readers get the same facts as one sentence per row.
 */
export function WeeklyGrid(props: WeeklyGridProps) {
  const { cells, rowLabels, columnLabels, label, formatRun } = props;
  const [allowed, denied] = props.legend ?? ['Allowed', 'Not allowed'];
  const perColumn = cellsPerColumn(cells, columnLabels.length);
  const words = formatRun ?? ((a: number, b: number) => `${clockOfColumn(a)}–${clockOfColumn(b)}`);
  const summary = describeGrid(cells, rowLabels, words, perColumn);
  const minColumn = props.dense ? MIN_COLUMN.dense : MIN_COLUMN.normal;

  return (
    <Box sx={{ minWidth: 0 }}>
      <SideScroller label={label} hiddenWords={['the later hours', 'the earlier hours']}>
        <Box
          role="img"
          aria-label={`${label}: ${summary}`}
          sx={{
            display: 'grid',
            gridTemplateColumns: `${ROW_LABEL} repeat(${columnLabels.length}, minmax(${minColumn}, 1fr))`,
            columnGap: '1px',
            rowGap: '2px',
            minWidth: `calc(${ROW_LABEL} + ${columnLabels.length} * (${minColumn} + 1px))`,
            // Every third hour labelled on narrow widths; all of them where there is room.
            '& .hour-label-minor': { display: 'none' },
            [`@container (min-width: ${ALL_LABELS_FROM})`]: {
              columnGap: '2px',
              '& .hour-label-minor': { display: 'block' },
            },
          }}
        >
          <Box sx={{ gridRow: 1, gridColumn: 1 }} />
          {columnLabels.map((c, i) => (
            <Typography
              key={c}
              variant="caption"
              color="text.secondary"
              className={i % 3 === 0 ? undefined : 'hour-label-minor'}
              // Placed by number: the unlabelled hours in between may be left out.
              style={{ gridRow: 1, gridColumn: i + 2 }}
              sx={{
                textAlign: 'center',
                fontSize: '0.65rem',
                lineHeight: 1.6,
                whiteSpace: 'nowrap',
                overflow: 'visible',
              }}
            >
              {c}
            </Typography>
          ))}
          {cells.map((row, r) => [
            <Typography
              key={`label-${rowLabels[r]}`}
              variant="caption"
              color="text.secondary"
              style={{ gridRow: r + 2, gridColumn: 1 }}
              sx={{ lineHeight: ROW_HEIGHT, pr: 0.5 }}
            >
              {rowLabels[r]}
            </Typography>,
            ...columnLabels.map((_, c) => {
              const parts = row.slice(c * perColumn, (c + 1) * perColumn);
              return (
                <Box
                  key={`${r}-${c}`}
                  // Placement inline: one shared class for every cell's look.
                  style={{ gridRow: r + 2, gridColumn: c + 2 }}
                  sx={{
                    height: ROW_HEIGHT,
                    borderRadius: 0.5,
                    overflow: 'hidden',
                    display: 'flex',
                  }}
                >
                  {parts.map((on, p) => (
                    <Box
                      key={p}
                      sx={{ flex: 1, bgcolor: on ? 'primary.main' : 'action.selected' }}
                    />
                  ))}
                </Box>
              );
            }),
          ])}
        </Box>
      </SideScroller>
      <Stack
        direction="row"
        sx={{ mt: 1, columnGap: 2, rowGap: 0.5, flexWrap: 'wrap', alignItems: 'center' }}
      >
        {[
          ['primary.main', allowed],
          ['action.selected', denied],
        ].map(([color, text]) => (
          <Stack
            key={text}
            direction="row"
            spacing={0.75}
            sx={{ alignItems: 'center' }}
            aria-hidden="true"
          >
            <Box sx={{ width: 12, height: 12, borderRadius: 0.5, bgcolor: color }} />
            <Typography variant="caption" color="text.secondary">
              {text}
            </Typography>
          </Stack>
        ))}
        {perColumn > 1 && (
          <Typography variant="caption" color="text.secondary">
            Each hour is drawn in {SPLIT_WORDS[perColumn] ?? `${perColumn} parts`}.
          </Typography>
        )}
      </Stack>
    </Box>
  );
}
