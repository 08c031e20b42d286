import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

interface WeeklyGridProps {
  /** One row per day, one cell per column (hour); true = allowed. */
  cells: readonly (readonly boolean[])[];
  rowLabels: readonly string[];
  columnLabels: readonly string[];
  /** Names the grid, e.g. "Weekly schedule in Europe/Berlin". */
  label: string;
  /** Words for a run of allowed columns [start, end), e.g. "09:00–17:00". */
  formatRun?: (start: number, end: number) => string;
  /** Words for the two colours. */
  legend?: readonly [allowed: string, denied: string];
  /** Narrower columns, so two weeks fit side by side. */
  dense?: boolean;
}

/** The runs of true cells in a row, as [start, end) column pairs. */
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

/** The grid in words, one phrase per row: "Mon 09:00–17:00; …; Sat none". */
export function describeGrid(
  cells: readonly (readonly boolean[])[],
  rowLabels: readonly string[],
  formatRun: (start: number, end: number) => string,
): string {
  return cells
    .map((row, r) => {
      const runs = runsOf(row);
      const words =
        runs.length === 0
          ? 'none'
          : runs.length === 1 && runs[0]![0] === 0 && runs[0]![1] === row.length
            ? 'all day'
            : runs.map(([a, b]) => formatRun(a, b)).join(', ');
      return `${rowLabels[r] ?? ''} ${words}`;
    })
    .join('; ');
}

const CELL = '1.35rem';
const DENSE_COLUMN = '0.9rem';

/**
 * A week at a glance (e.g. 7 days × 24 hours). Sighted users see the grid, which scrolls sideways
 * on narrow screens (hence focusable); screen readers get the same facts as one sentence per row.
 */
export function WeeklyGrid(props: WeeklyGridProps) {
  const { cells, rowLabels, columnLabels, label, formatRun } = props;
  const [allowed, denied] = props.legend ?? ['Allowed', 'Not allowed'];
  const words =
    formatRun ?? ((a: number, b: number) => `${columnLabels[a]}–${columnLabels[b] ?? b}`);
  const summary = describeGrid(cells, rowLabels, words);
  // Columns may shrink to this width; rows keep the full height either way.
  const column = props.dense ? DENSE_COLUMN : CELL;
  return (
    <Box>
      <Box
        tabIndex={0}
        role="group"
        aria-label={label}
        sx={{
          overflowX: 'auto',
          pb: 0.5,
          '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: 2 },
        }}
      >
        <Box
          role="img"
          aria-label={`${label}: ${summary}`}
          sx={{
            display: 'grid',
            gridTemplateColumns: `2.75rem repeat(${columnLabels.length}, minmax(${column}, 1fr))`,
            gap: '2px',
            minWidth: `calc(2.75rem + ${columnLabels.length} * (${column} + 2px))`,
          }}
        >
          <Box />
          {columnLabels.map((c) => (
            <Typography
              key={c}
              variant="caption"
              color="text.secondary"
              sx={{ textAlign: 'center', fontSize: '0.65rem', lineHeight: 1.6 }}
            >
              {c}
            </Typography>
          ))}
          {cells.map((row, r) => [
            <Typography
              key={`label-${rowLabels[r]}`}
              variant="caption"
              color="text.secondary"
              sx={{ lineHeight: CELL, pr: 0.5 }}
            >
              {rowLabels[r]}
            </Typography>,
            ...row.map((on, c) => (
              <Box
                key={`${r}-${c}`}
                sx={{
                  height: CELL,
                  borderRadius: 0.5,
                  bgcolor: on ? 'primary.main' : 'action.selected',
                }}
              />
            )),
          ])}
        </Box>
      </Box>
      <Stack direction="row" spacing={2} sx={{ mt: 1 }} aria-hidden="true">
        {[
          ['primary.main', allowed],
          ['action.selected', denied],
        ].map(([color, text]) => (
          <Stack key={text} direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
            <Box sx={{ width: 12, height: 12, borderRadius: 0.5, bgcolor: color }} />
            <Typography variant="caption" color="text.secondary">
              {text}
            </Typography>
          </Stack>
        ))}
      </Stack>
    </Box>
  );
}
