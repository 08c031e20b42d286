import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Policy } from '../../../../shared/schemas/policy';
import { CodeBlock } from '../../../components/code-block';
import { CopyButton } from '../../../components/copy-button';
import { formatDocument } from '../document/builder-model';
import { SectionCard } from '../../../components/section-card';

/** How many actions a statement line names before "+N more". */
const SHOWN_ACTIONS = 6;

/** The document, read-only: each statement in a line, then the JSON itself, with a copy button. */
export function DocumentSection({ policy }: { policy: Policy }) {
  const document = policy.policy_document;
  const json = formatDocument(document);
  return (
    <SectionCard
      title="Policy document"
      action={<CopyButton value={json} label="Copy policy document" />}
    >
      <Stack component="ul" spacing={0.75} sx={{ m: 0, mb: 1.5, p: 0, listStyle: 'none' }}>
        {document.Statement.map((statement, index) => {
          const more = statement.Action.length - SHOWN_ACTIONS;
          return (
            <Stack
              component="li"
              key={index}
              direction="row"
              sx={{ gap: 1, alignItems: 'baseline' }}
            >
              <Chip
                size="small"
                variant="outlined"
                color={statement.Effect === 'Allow' ? 'success' : 'error'}
                label={statement.Effect}
              />
              <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                {statement.Action.slice(0, SHOWN_ACTIONS).join(', ')}
                {more > 0 && ` and ${more} more`}
                <Box component="span" sx={{ color: 'text.secondary' }}>
                  {' '}
                  on {statement.Resource.join(', ')}
                </Box>
              </Typography>
            </Stack>
          );
        })}
      </Stack>
      <CodeBlock label="Policy document JSON" maxHeight={480}>
        {json}
      </CodeBlock>
    </SectionCard>
  );
}
