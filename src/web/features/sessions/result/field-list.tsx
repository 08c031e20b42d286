import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import type { ReactNode } from 'react';

/** A list of named values (a <dl>), two columns wide, stacked on phones. */
export function FieldList({ children }: { children: ReactNode }) {
  return (
    <Box
      component="dl"
      sx={{
        m: 0,
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', sm: 'minmax(9rem, max-content) 1fr' },
        columnGap: 2,
        rowGap: { xs: 0, sm: 0.75 },
        alignItems: 'center',
      }}
    >
      {children}
    </Box>
  );
}

interface FieldProps {
  label: string;
  children: ReactNode;
  /** Buttons after the value: copy, reveal. */
  actions?: ReactNode;
  monospace?: boolean;
}

/** One named value; the value is labelled by its name, so tests and screen readers find it by name. */
export function Field({ label, children, actions, monospace = true }: FieldProps) {
  const id = useId();
  return (
    <>
      <Typography
        id={id}
        component="dt"
        variant="body2"
        color="text.secondary"
        sx={{ mt: { xs: 1, sm: 0 } }}
      >
        {label}
      </Typography>
      <Box
        component="dd"
        aria-labelledby={id}
        sx={{ m: 0, display: 'flex', alignItems: 'center', gap: 0.5, minWidth: 0 }}
      >
        <Typography
          component="span"
          variant="body2"
          sx={{
            fontFamily: monospace
              ? 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace'
              : undefined,
            overflowWrap: 'anywhere',
            minWidth: 0,
          }}
        >
          {children}
        </Typography>
        {actions}
      </Box>
    </>
  );
}
