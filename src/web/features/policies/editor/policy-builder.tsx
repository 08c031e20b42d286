import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import { memo, useCallback } from 'react';
import { ACTION_CATEGORIES } from '../../../../shared/iam/actions';
import { decide, withChoice } from '../document/builder-model';
import type { BuilderState, Effect } from '../document/builder-model';
import { CategorySection } from './category-section';
import type { ApplyChange } from './category-section';
import { EffectChoice } from './effect-choice';

interface PolicyBuilderProps {
  state: BuilderState;
  apply: ApplyChange;
  /** Why the builder cannot be used now (the JSON has an error); null when it can. */
  lock: string | null;
  /** Where the tabs layout offers a way to the JSON view. */
  onShowJson?: () => void;
}

/** The visual builder: every action of every service category, each allowed, denied or neither. */
export const PolicyBuilder = memo(function PolicyBuilder(props: PolicyBuilderProps) {
  const { state, apply, lock, onShowJson } = props;
  const everything = decide(state, '*');
  const disabled = lock !== null;
  const setChoice = useCallback(
    (pattern: string, effect: Effect | null) => apply((s) => withChoice(s, pattern, effect)),
    [apply],
  );
  return (
    <Stack spacing={1}>
      {lock && (
        <Alert
          severity="warning"
          role="none"
          action={
            onShowJson && (
              <Button color="inherit" size="small" onClick={onShowJson}>
                Show JSON
              </Button>
            )
          }
        >
          {lock}
        </Alert>
      )}
      <Paper variant="outlined" sx={{ px: 1.5, py: 1 }}>
        <EffectChoice
          pattern="*"
          title="Every action of every service"
          own={state.choices.get('*') ?? null}
          effect={everything.effect}
          by={everything.by}
          onChange={setChoice}
          disabled={disabled}
        />
      </Paper>
      <div>
        {ACTION_CATEGORIES.map((category) => (
          <CategorySection
            key={category}
            category={category}
            state={state}
            apply={apply}
            disabled={disabled}
          />
        ))}
      </div>
    </Stack>
  );
});
