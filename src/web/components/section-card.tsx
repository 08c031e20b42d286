import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import type { ReactNode, Ref } from 'react';

interface SectionCardProps {
  title: string;
  /** A button or two beside the title, e.g. "Attach policy". */
  action?: ReactNode;
  children: ReactNode;
  /** Lets the page move focus to the heading, e.g. when the row that had it is gone. */
  headingRef?: Ref<HTMLHeadingElement>;
}

/** One section of an entity page: a named region (so it is a landmark), with its heading. */
export function SectionCard({ title, action, children, headingRef }: SectionCardProps) {
  const headingId = useId();
  return (
    <Paper
      component="section"
      variant="outlined"
      aria-labelledby={headingId}
      sx={{ p: { xs: 1.5, sm: 2 }, minWidth: 0 }}
    >
      <Stack
        direction="row"
        sx={{ mb: 1, alignItems: 'center', justifyContent: 'space-between', gap: 1 }}
      >
        <Typography
          id={headingId}
          ref={headingRef}
          tabIndex={headingRef ? -1 : undefined}
          variant="h6"
          component="h2"
          sx={{ '&:focus': { outline: 'none' } }}
        >
          {title}
        </Typography>
        {action}
      </Stack>
      {children}
    </Paper>
  );
}
