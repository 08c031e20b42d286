import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useFormContext, useWatch } from 'react-hook-form';
import type { Policy } from '../../../../shared/schemas/policy';
import { policyQueries } from '../../../entities/policy/policy-queries';
import { CodeBlock, prettyJson } from '../../../components/code-block';
import type { WizardInput } from '../model/wizard-schema';
import { statementCount } from '../../../components/policy-autocomplete';
import { PolicyMultiPicker } from './policy-multi-picker';

function DocumentPreview({ policy }: { policy: Policy }) {
  return (
    <Accordion variant="outlined" disableGutters slotProps={{ heading: { component: 'h3' } }}>
      <AccordionSummary expandIcon={<ExpandMoreIcon />}>
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {policy.name}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {statementCount(policy)} · show the policy document
          </Typography>
        </Box>
      </AccordionSummary>
      <AccordionDetails>
        {policy.description && (
          <Typography variant="body2" sx={{ mb: 1 }}>
            {policy.description}
          </Typography>
        )}
        <CodeBlock label={`Policy document of ${policy.name}`}>
          {prettyJson(policy.policy_document)}
        </CodeBlock>
      </AccordionDetails>
    </Accordion>
  );
}

/** Step 5, Permission Policies: what sessions of the role may do. */
export function PoliciesStep() {
  const { control } = useFormContext<WizardInput>();
  const ids = useWatch({ control, name: 'policy_ids' });
  const policies = useQuery(policyQueries.list());
  const chosen = ids
    .map((id) => policies.data?.find((p) => p.id === id))
    .filter((p): p is Policy => p !== undefined);
  return (
    <Stack spacing={2} sx={{ maxWidth: 820 }}>
      <PolicyMultiPicker />
      {chosen.length > 0 && (
        <Stack spacing={1}>
          <Typography variant="subtitle2" component="h3">
            Selected policy documents
          </Typography>
          {chosen.map((policy) => (
            <DocumentPreview key={policy.id} policy={policy} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
