import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useRef } from 'react';
import type { PolicyTextAnalysis } from '../document/analyse-policy-text';

/** The one form field the JSON view edits: the document's text. */
export interface JsonField {
  text: string;
  onChange: (text: string) => void;
  onBlur: () => void;
  /** React-hook-form's ref, so a failed submit can focus the document. */
  ref: (element: HTMLTextAreaElement | null) => void;
}

interface JsonViewProps {
  field: JsonField;
  analysis: PolicyTextAnalysis;
  /** A message for the document from the server (400), or from the schema on submit. */
  error?: string;
  /** Once a save was tried, a document without statements is an error, not a hint. */
  submitted: boolean;
  /** Taller in the side-by-side layout, where it scrolls on its own. */
  rows: { min: number; max: number };
}

const MONOSPACE = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';

/** What the text area's description says: the syntax error, the rule broken, or that all is well. */
function Messages({ analysis, error, submitted }: Omit<JsonViewProps, 'field' | 'rows'>) {
  const { syntax, problems, unsupported, empty } = analysis;
  const line = (text: string, color: 'error' | 'text.secondary' = 'error') => (
    <Typography variant="body2" color={color} sx={{ overflowWrap: 'anywhere' }}>
      {text}
    </Typography>
  );
  if (syntax) return line(syntax.message);
  if (problems.length > 0) {
    return (
      <Box component="ul" sx={{ m: 0, pl: 2.5, color: 'error.main' }}>
        {problems.map((p) => (
          <Typography key={p} component="li" variant="body2" sx={{ overflowWrap: 'anywhere' }}>
            {p}
          </Typography>
        ))}
      </Box>
    );
  }
  if (empty) {
    return submitted
      ? line('Statement must contain at least one statement: allow or deny at least one action.')
      : line(
          'No statement yet: write one here, or choose actions in the visual editor.',
          'text.secondary',
        );
  }
  if (error) return line(error);
  if (unsupported) return line(unsupported, 'text.secondary');
  return line('Valid policy document. Edits here update the visual editor.', 'text.secondary');
}

/**
 * The policy document as JSON, in a monospace text area. What is wrong with it shows beneath,
 * by line and column (syntax) or by statement and entry (the schema's rules).
 */
export function JsonView({ field, analysis, error, submitted, rows }: JsonViewProps) {
  const messagesId = useId();
  const area = useRef<HTMLTextAreaElement | null>(null);
  const { syntax } = analysis;
  const invalid =
    syntax !== null ||
    analysis.problems.length > 0 ||
    (analysis.empty ? submitted : error !== undefined);

  const goTo = (offset: number) => {
    const el = area.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(offset, Math.min(offset + 1, el.value.length));
  };

  return (
    <Box>
      <TextField
        label="Policy document (JSON)"
        multiline
        fullWidth
        minRows={rows.min}
        maxRows={rows.max}
        value={field.text}
        onChange={(e) => field.onChange(e.target.value)}
        onBlur={field.onBlur}
        inputRef={(el: HTMLTextAreaElement | null) => {
          area.current = el;
          field.ref(el);
        }}
        error={invalid}
        slotProps={{
          htmlInput: {
            spellCheck: false,
            autoCapitalize: 'off',
            autoComplete: 'off',
            autoCorrect: 'off',
            wrap: 'off',
            'aria-describedby': messagesId,
          },
          input: {
            sx: {
              fontFamily: MONOSPACE,
              fontSize: '0.8125rem',
              lineHeight: 1.5,
              alignItems: 'flex-start',
            },
          },
        }}
      />
      <Box sx={{ mt: 0.75, minHeight: '1.5em' }}>
        <Box id={messagesId}>
          <Messages analysis={analysis} error={error} submitted={submitted} />
        </Box>
        {syntax && (
          <Link
            component="button"
            type="button"
            variant="body2"
            onClick={() => goTo(syntax.offset)}
          >
            Go to the error
          </Link>
        )}
      </Box>
    </Box>
  );
}
