import EditIcon from '@mui/icons-material/EditOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode, Ref } from 'react';
import { zonedAndRelative } from '../lib/zoned-time';
import { CopyButton } from './copy-button';

const FROM_SM = { direction: { xs: 'column', sm: 'row' }, align: { sm: 'flex-start' } } as const;
const FROM_MD = { direction: { xs: 'column', md: 'row' }, align: { md: 'flex-start' } } as const;

interface EntityHeaderProps {
  /** The name (EntityTitle) and what stands under it: a description, or a form that edits them. */
  title: ReactNode;
  actions: ReactNode;
  /** Fact elements, shown as a FactList under a divider. */
  facts: ReactNode;
  /** From which width the actions stand beside the title rather than under it. */
  rowFrom?: 'sm' | 'md';
}

/** The frame of an entity page's header: title and actions, a divider, then the facts. */
export function EntityHeader({ title, actions, facts, rowFrom = 'md' }: EntityHeaderProps) {
  const row = rowFrom === 'sm' ? FROM_SM : FROM_MD;
  return (
    <Paper variant="outlined" sx={{ p: { xs: 1.5, sm: 2 } }}>
      <Stack
        direction={row.direction}
        sx={{ gap: 2, justifyContent: 'space-between', alignItems: row.align }}
      >
        <Stack spacing={1} sx={{ minWidth: 0, flex: 1 }}>
          {title}
        </Stack>
        <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', flexShrink: 0 }}>
          {actions}
        </Stack>
      </Stack>
      <Divider sx={{ my: 2 }} />
      <FactList>{facts}</FactList>
    </Paper>
  );
}

interface EntityTitleProps {
  /** The page's h1. */
  name: string;
  /** Chips beside the name; they wrap under it when space runs out. */
  adornments?: ReactNode;
  /** The line under the name, if the entity has one ("No description." when it is empty). */
  description?: string;
}

export function EntityTitle({ name, adornments, description }: EntityTitleProps) {
  const h1 = (
    <Typography variant="h5" component="h1" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
      {name}
    </Typography>
  );
  return (
    <>
      {adornments === undefined ? (
        h1
      ) : (
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          {h1}
          {adornments}
        </Stack>
      )}
      {description !== undefined && (
        <Typography color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
          {description || 'No description.'}
        </Typography>
      )}
    </>
  );
}

interface EditButtonProps {
  /** What it edits, for screen readers: "Edit group". */
  label: string;
  onClick: () => void;
  ref?: Ref<HTMLButtonElement>;
  disabled?: boolean;
  autoFocus?: boolean;
}

export function EditButton({ label, ...button }: EditButtonProps) {
  return (
    <Button variant="outlined" startIcon={<EditIcon />} aria-label={label} {...button}>
      Edit
    </Button>
  );
}

interface FactListProps {
  children: ReactNode;
  /** Width of the terms' column from `sm` up (values take the rest). */
  termColumn?: string;
  /** Space between the columns, and between rows from `sm` up (theme spacing units). */
  gap?: { column: number; row: number };
}

/** A description list (<dl>): terms beside their values, stacked on phones. */
export function FactList({
  children,
  termColumn = 'max-content',
  gap = DEFAULT_GAP,
}: FactListProps) {
  return (
    <Box
      component="dl"
      sx={{
        m: 0,
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', sm: `${termColumn} 1fr` },
        columnGap: gap.column,
        rowGap: { xs: 0.25, sm: gap.row },
        '& dd': { mb: { xs: 1, sm: 0 } },
      }}
    >
      {children}
    </Box>
  );
}
const DEFAULT_GAP = { column: 3, row: 1 };

/** One term and its value in a FactList. */
export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <Typography component="dt" variant="body2" color="text.secondary" sx={{ pt: 0.25 }}>
        {term}
      </Typography>
      <Box component="dd" sx={{ m: 0, minWidth: 0 }}>
        {children}
      </Box>
    </>
  );
}

interface TextFactProps {
  term: string;
  children: ReactNode;
  /** Lets a long unbroken value (an email) wrap anywhere rather than overflow. */
  breakAnywhere?: boolean;
}

export function TextFact({ term, children, breakAnywhere = false }: TextFactProps) {
  return (
    <Fact term={term}>
      <Typography
        variant="body2"
        sx={{ pt: 0.25, overflowWrap: breakAnywhere ? 'anywhere' : undefined }}
      >
        {children}
      </Typography>
    </Fact>
  );
}

/** An identifier in monospace, with a button that copies it. */
export function Identifier({ value, copyLabel }: { value: string; copyLabel: string }) {
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'flex-start' }}>
      <Typography
        variant="body2"
        sx={{ fontFamily: 'monospace', wordBreak: 'break-all', pt: 0.25 }}
      >
        {value}
      </Typography>
      <CopyButton value={value} label={copyLabel} />
    </Stack>
  );
}

export function IdFact({ id, copyLabel }: { id: string; copyLabel: string }) {
  return (
    <Fact term="ID">
      <Identifier value={id} copyLabel={copyLabel} />
    </Fact>
  );
}

/**
 * When the entity was made, with the zone it is shown in ("Nov 22, 2026, 4:04 PM Europe/Berlin (2
 * weeks ago)"); "—" when the API does not say (users on live Vultr).
 */
export function CreatedFact({ at }: { at: string }) {
  return <TextFact term="Created">{zonedAndRelative(at)}</TextFact>;
}
