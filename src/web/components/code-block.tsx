import Box from '@mui/material/Box';

/** Two-space indented JSON, as people read it and paste it. */
export function prettyJson(value: unknown): string {
  return JSON.stringify(value, null, 2) ?? 'null';
}

interface CodeBlockProps {
  /** The text, shown as it is: JSON goes through prettyJson first. */
  children: string;
  /**
   * Names the block when nothing around it does, e.g. "Policy document JSON". A block inside a
   * captioned figure takes its name from the caption and needs none.
   */
  label?: string;
  /** What carries the label: a group on a page, a region as the body of a dialog. */
  role?: 'group' | 'region';
  /** How tall it grows before it scrolls; unbounded when not given. */
  maxHeight?: number | string;
  /** Wrap long lines instead of scrolling sideways: tokens, keys and ARNs are unbroken words. */
  wrap?: boolean;
  /** Greyed and struck through: what it holds no longer works (revoked credentials). */
  struck?: boolean;
}

/**
 * Text to read and paste elsewhere (JSON, XML, a curl command) in a monospace block. It scrolls
 * when long, so it takes focus: keyboard users must be able to scroll it too.
 */
export function CodeBlock({
  children,
  label,
  role = 'group',
  maxHeight,
  wrap,
  struck,
}: CodeBlockProps) {
  return (
    <Box
      component="pre"
      role={label === undefined ? undefined : role}
      aria-label={label}
      tabIndex={0}
      sx={{
        m: 0,
        p: 1.5,
        borderRadius: 1,
        bgcolor: 'action.hover',
        fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
        fontSize: '0.8125rem',
        lineHeight: 1.5,
        maxHeight,
        overflow: 'auto',
        '&:focus-visible': { outline: 2, outlineColor: 'primary.main' },
        '& code': { font: 'inherit' },
        ...(wrap ? { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } : {}),
        ...(struck ? { color: 'text.secondary', textDecoration: 'line-through' } : {}),
      }}
    >
      <code>{children}</code>
    </Box>
  );
}
