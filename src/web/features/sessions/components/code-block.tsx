import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { CopyButton } from '../../../components/copy-button';

interface CodeBlockProps {
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
export function CodeBlock({ title, shown, copied, note, revoked = false }: CodeBlockProps) {
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
      <Box
        component="pre"
        tabIndex={0}
        sx={{
          m: 0,
          p: 1.25,
          borderRadius: 1,
          bgcolor: 'action.hover',
          fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
          fontSize: '0.8rem',
          lineHeight: 1.5,
          maxHeight: 320,
          overflow: 'auto',
          // Tokens and ARNs are long unbroken words: wrap them rather than scroll on phones.
          whiteSpace: 'pre-wrap',
          overflowWrap: 'anywhere',
          '&:focus-visible': { outline: 2, outlineColor: 'primary.main' },
          ...(revoked ? { color: 'text.secondary', textDecoration: 'line-through' } : {}),
        }}
      >
        <code>{shown}</code>
      </Box>
    </Box>
  );
}
