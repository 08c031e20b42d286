import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { memo, useId } from 'react';
import type { ActionCategory } from '../../../../shared/iam/actions';
import {
  allowAllInCategory,
  catalogueCategory,
  clearCategory,
  summariseCategory,
} from '../document/builder-model';
import type { BuilderState, CategorySummary } from '../document/builder-model';
import { useChoiceRows } from './effect-choice';
import type { ApplyChange } from './effect-choice';

interface CategorySectionProps {
  category: ActionCategory;
  state: BuilderState;
  apply: ApplyChange;
  disabled: boolean;
}

function SummaryChips({ summary }: { summary: CategorySummary }) {
  if (summary.allowed + summary.denied === 0) {
    return (
      <Typography variant="caption" color="text.secondary">
        Nothing chosen
      </Typography>
    );
  }
  return (
    <Stack direction="row" sx={{ gap: 0.5 }}>
      {summary.allowed > 0 && (
        <Chip
          size="small"
          variant="outlined"
          color="success"
          label={`${summary.allowed} of ${summary.total} allowed`}
        />
      )}
      {summary.denied > 0 && (
        <Chip size="small" variant="outlined" color="error" label={`${summary.denied} denied`} />
      )}
    </Stack>
  );
}

/**
 * One service category of the builder, an expandable section: Select all / Clear, the whole
 * category as a wildcard, then each resource (with its own wildcard) and its actions.
 * Collapsed sections render nothing inside, so the builder stays light.
 */
export const CategorySection = memo(function CategorySection(props: CategorySectionProps) {
  const { category, state, apply, disabled } = props;
  const spec = catalogueCategory(category);
  const id = useId();
  const row = useChoiceRows(state, apply, disabled);

  return (
    <Accordion
      disableGutters
      variant="outlined"
      slotProps={{ transition: { unmountOnExit: true } }}
    >
      <AccordionSummary expandIcon={<ExpandMoreIcon />} id={`${id}-h`} aria-controls={`${id}-r`}>
        <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap', flex: 1 }}>
          <Typography sx={{ fontWeight: 600 }}>{spec.label}</Typography>
          <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
            {category}
          </Typography>
          <Box sx={{ flexGrow: 1 }} />
          <SummaryChips summary={summariseCategory(state, category)} />
        </Stack>
      </AccordionSummary>
      <AccordionDetails sx={{ pt: 0 }}>
        <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
          <Typography variant="body2" color="text.secondary" sx={{ flex: '1 1 200px' }}>
            {spec.description}
          </Typography>
          <Button
            size="small"
            disabled={disabled}
            onClick={() => apply((s) => allowAllInCategory(s, category))}
          >
            Select all
          </Button>
          <Button
            size="small"
            disabled={disabled}
            onClick={() => apply((s) => clearCategory(s, category))}
          >
            Clear
          </Button>
        </Stack>
        {row(`${category}.*`, `Whole category (all of ${category}, also actions added later)`)}
        {spec.resources.map((resource) => (
          <Box key={resource.resource} sx={{ mt: 1 }}>
            {row(`${category}.${resource.resource}.*`, resource.label)}
            <Box sx={{ pl: { xs: 1, sm: 2 } }}>
              {resource.actions.map((a) => row(a.action, a.description))}
            </Box>
          </Box>
        ))}
      </AccordionDetails>
    </Accordion>
  );
});
