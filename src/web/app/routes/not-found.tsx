import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import type { QueryKey, UseQueryOptions } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { ApiError } from '../../lib/api-client';

interface NotFoundProps {
  /** The heading, e.g. "Role not found". */
  title: string;
  /** One sentence on what is missing and why that may be. */
  detail: string;
  /** Where to go instead: the list the thing would be in. */
  back: { to: string; label: string };
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

/** Any URL the console does not have. */
export function UnknownPage() {
  return (
    <NotFound
      title="Page not found"
      detail="The console has no page at this address. It may have been mistyped, or the link is out of date."
      back={{ to: '/organization/roles', label: 'Go to Manage Organization' }}
    />
  );
}

interface MissingGuardProps<T, K extends QueryKey> {
  /** The page's own read of the thing (the same query, so nothing is fetched twice). */
  query: UseQueryOptions<T, Error, T, K>;
  /** Shown when the API answers 404. */
  missing: NotFoundProps;
  children: ReactNode;
}

/**
 * Shows the page, unless the API says its object does not exist (deleted, or a mistyped id):
 * then "not found" with a way back, rather than an error with a Retry that cannot succeed.
 */
export function MissingGuard<T, K extends QueryKey>({
  query,
  missing,
  children,
}: MissingGuardProps<T, K>) {
  const { error } = useQuery(query);
  if (error instanceof ApiError && error.status === 404) return <NotFound {...missing} />;
  return <>{children}</>;
}
