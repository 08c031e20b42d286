import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { memo, useCallback, useId } from 'react';
import { decide, patternWords, withChoice } from '../document/builder-model';
import type { BuilderState, Effect } from '../document/builder-model';

interface EffectChoiceProps {
  /** The action or wildcard this row chooses for, e.g. `compute.instance.Create` or `compute.*`. */
  pattern: string;
  /** The row in words: the action's description, or what a wildcard covers. */
  title: string;
  /** The row's own choice; null = none. */
  own: Effect | null;
  /** What takes effect, and which pattern decides it (maybe a wildcard above this row). */
  effect: Effect | null;
  by: string | null;
  onChange: (pattern: string, effect: Effect | null) => void;
  disabled: boolean;
}

const TONE = { Allow: 'success.main', Deny: 'error.main' } as const;

/** Says why a row's outcome differs from its own choice: a wildcard above it decides. */
function coverNote(own: Effect | null, effect: Effect | null, by: string | null, pattern: string) {
  if (effect === null || by === null || by === pattern) return null;
  const verb = effect === 'Allow' ? 'Allowed' : 'Denied';
  if (own === null) return `${verb} by ${patternWords(by)}`;
  if (own === 'Allow' && effect === 'Deny') return `Denied by ${patternWords(by)}: Deny wins`;
  return null;
}

/**
 * One row of the builder: none / Allow / Deny for one action or wildcard. A radio group (one tab
 * stop, arrow keys between the three) named by the action itself. The left edge shows the
 * outcome: solid when chosen here, dashed when a wildcard above decides.
 */
export const EffectChoice = memo(function EffectChoice(props: EffectChoiceProps) {
  const { pattern, title, own, effect, by, onChange, disabled } = props;
  const id = useId();
  const note = coverNote(own, effect, by, pattern);
  const wildcard = pattern.endsWith('*');
  return (
    <Box
      sx={{
        display: 'flex',
        flexWrap: 'wrap',
        alignItems: 'center',
        columnGap: 2,
        py: 0.5,
        pl: 1.25,
        borderLeft: '3px',
        borderLeftStyle: own === null ? 'dashed' : 'solid',
        borderLeftColor: effect ? TONE[effect] : 'divider',
      }}
    >
      <Box id={`${id}-d`} sx={{ flex: '1 1 220px', minWidth: 0 }}>
        <Typography variant="body2" sx={{ fontWeight: wildcard ? 600 : 400 }}>
          {title}
        </Typography>
        <Typography
          variant="caption"
          component="p"
          color="text.secondary"
          sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}
        >
          {pattern}
        </Typography>
        {note && (
          <Typography
            variant="caption"
            component="p"
            sx={{ color: effect ? TONE[effect] : undefined }}
          >
            {note}
          </Typography>
        )}
      </Box>
      <RadioGroup
        row
        aria-label={pattern}
        aria-describedby={`${id}-d`}
        value={own ?? 'none'}
        onChange={(e) =>
          onChange(pattern, e.target.value === 'none' ? null : (e.target.value as Effect))
        }
        sx={{ flexShrink: 0, '& .MuiFormControlLabel-root': { mr: 1.5 } }}
      >
        <FormControlLabel
          value="none"
          disabled={disabled}
          control={<Radio size="small" />}
          label="None"
        />
        <FormControlLabel
          value="Allow"
          disabled={disabled}
          control={<Radio size="small" color="success" />}
          label="Allow"
        />
        <FormControlLabel
          value="Deny"
          disabled={disabled}
          control={<Radio size="small" color="error" />}
          label="Deny"
        />
      </RadioGroup>
    </Box>
  );
});

/** Applies a change to the builder's latest state (stable, so rows need not re-render for it). */
export type ApplyChange = (change: (state: BuilderState) => BuilderState) => void;

/**
 * The builder's rows in its current state: `row(pattern, title)` is the row of one action or
 * wildcard, with its own choice and what decides its outcome.
 */
export function useChoiceRows(state: BuilderState, apply: ApplyChange, disabled: boolean) {
  const setChoice = useCallback(
    (pattern: string, effect: Effect | null) => apply((s) => withChoice(s, pattern, effect)),
    [apply],
  );
  return (pattern: string, title: string) => (
    <EffectChoice
      key={pattern}
      pattern={pattern}
      title={title}
      own={state.choices.get(pattern) ?? null}
      {...decide(state, pattern)}
      onChange={setChoice}
      disabled={disabled}
    />
  );
}
