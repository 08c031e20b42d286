import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { CodeBlock } from '../../../components/code-block';
import { CopyButton } from '../../../components/copy-button';

interface CodeFigureProps {
  /** Names the block (a figure caption), e.g. "Environment variables". */
  title: string;
  /** What the page shows (secrets masked unless revealed). */
  shown: string;
  /** What Copy puts on the clipboard: the real values. */
  copied: string;
  note?: string;
  /** The credentials in it were revoked: no copy button, and the block says so. */
  revoked?: boolean;
}

/**
 * A titled block of text to paste elsewhere, with a copy button that copies the real values; once
 * revoked, marked so and with nothing to copy.
 */
export function CodeFigure({ title, shown, copied, note, revoked = false }: CodeFigureProps) {
  const captionId = useId();
  return (
    <Box component="figure" aria-labelledby={captionId} sx={{ m: 0, minWidth: 0 }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', gap: 1 }}>
        <Typography id={captionId} component="figcaption" variant="subtitle2">
          {title}
        </Typography>
        {revoked ? (
          <Chip size="small" color="error" variant="outlined" label="Revoked" />
        ) : (
          <CopyButton value={copied} label={`Copy ${title}`} />
        )}
      </Stack>
      {note && (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 0.5 }}>
          {note}
        </Typography>
      )}
      <CodeBlock maxHeight={320} wrap struck={revoked}>
        {shown}
      </CodeBlock>
    </Box>
  );
}
