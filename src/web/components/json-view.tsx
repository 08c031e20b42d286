import CheckIcon from '@mui/icons-material/Check';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DataObjectIcon from '@mui/icons-material/DataObject';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useEffect, useId, useState } from 'react';
import { CodeBlock, prettyJson } from './code-block';

interface JsonViewButtonProps {
  /** The object to show, pretty-printed. */
  value: unknown;
  /** The dialog's title, e.g. "Role Deployer as JSON". */
  title: string;
  /** A line under the title: where the object comes from. */
  note?: string;
  /**
   * The button's accessible name when "View JSON" alone would be ambiguous on the page, e.g.
   * "View JSON of the trust for GitHub Actions". It should begin with the visible words.
   */
  label?: string;
  size?: 'small' | 'medium';
  variant?: 'text' | 'outlined';
}

/** "Copy JSON", which says "Copied" for a moment once the clipboard has it. */
function CopyJsonButton({ text }: { text: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const t = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(t);
  }, [state]);
  return (
    <Button
      startIcon={state === 'copied' ? <CheckIcon /> : <ContentCopyIcon />}
      onClick={() => {
        const clipboard = navigator.clipboard as Clipboard | undefined;
        if (!clipboard) {
          setState('failed');
          return;
        }
        clipboard.writeText(text).then(
          () => setState('copied'),
          () => setState('failed'),
        );
      }}
    >
      {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy JSON'}
    </Button>
  );
}

/**
 * "View JSON": the object in a dialog, pretty-printed, with a button that copies it — the way
 * Vultr's own console previews a policy document.
 */
export function JsonViewButton({
  value,
  title,
  note,
  label,
  size = 'small',
  variant = 'text',
}: JsonViewButtonProps) {
  const [open, setOpen] = useState(false);
  const titleId = useId();
  const text = prettyJson(value);
  return (
    <>
      <Button
        size={size}
        variant={variant}
        startIcon={<DataObjectIcon />}
        aria-label={label}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        View JSON
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        aria-labelledby={titleId}
        maxWidth="md"
        fullWidth
        // On a phone the JSON gets nearly the whole width.
        slotProps={{
          paper: {
            sx: { mx: { xs: 1, sm: 4 }, width: { xs: 'calc(100% - 16px)', sm: undefined } },
          },
        }}
      >
        <DialogTitle id={titleId} sx={{ overflowWrap: 'anywhere' }}>
          {title}
        </DialogTitle>
        <DialogContent>
          {note && (
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
              {note}
            </Typography>
          )}
          <CodeBlock label="JSON" role="region" maxHeight="60vh">
            {text}
          </CodeBlock>
        </DialogContent>
        <DialogActions>
          <CopyJsonButton text={text} />
          <Button onClick={() => setOpen(false)}>Close</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
