import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import { memo } from 'react';
import { ACTION_CATEGORIES } from '../../../../shared/iam/actions';
import type { BuilderState } from '../document/builder-model';
import { CategorySection } from './category-section';
import { useChoiceRows } from './effect-choice';
import type { ApplyChange } from './effect-choice';

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
  const disabled = lock !== null;
  const row = useChoiceRows(state, apply, disabled);
  const sections = { state, apply, disabled };
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
        {row('*', 'Every action of every service')}
      </Paper>
      <div>
        {ACTION_CATEGORIES.map((category) => (
          <CategorySection key={category} category={category} {...sections} />
        ))}
      </div>
    </Stack>
  );
});
