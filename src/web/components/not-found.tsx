import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { capitalized } from '../lib/words';

/** Where a page sends people instead: a link's target and words. */
export interface PageLink {
  to: string;
  label: string;
}

export interface NotFoundProps {
  /** The heading, e.g. "Role not found". */
  title: string;
  /** One sentence on what is missing and why that may be. */
  detail: string;
  /** Where to go instead: the list the thing would be in. */
  back: PageLink;
}

/** A page for something that is not there: what, perhaps why, and a way back. No retry: it would not help. */
export function NotFound({ title, detail, back }: NotFoundProps) {
  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
      <Typography variant="h5" component="h1" sx={{ fontWeight: 600, mb: 1 }}>
        {title}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2, overflowWrap: 'anywhere' }}>
        {detail}
      </Typography>
      <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap' }}>
        <Link component={RouterLink} to={back.to}>
          {back.label}
        </Link>
        {back.to !== '/' && (
          <Link component={RouterLink} to="/">
            Console home
          </Link>
        )}
      </Stack>
    </Paper>
  );
}

/** The "not found" of an entity the API does not have (deleted, or a mistyped id). */
export function missingEntity(
  kind: { parent: PageLink; noun: string; missingTitle?: string },
  id: string,
): NotFoundProps {
  const { parent, noun } = kind;
  return {
    title: kind.missingTitle ?? `${capitalized(noun)} not found`,
    detail: `This organization has no ${noun} with the ID ${id}. The ${noun} may have been deleted.`,
    back: { to: parent.to, label: `Back to ${parent.label}` },
  };
}
