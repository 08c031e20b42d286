import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';

interface RouteSkeletonProps {
  /** What is on its way, e.g. "the Roles tab": the placeholder is announced as "Loading <what>". */
  what: string;
  /** Rows of placeholder below the heading; a page gets more than a tab. */
  rows?: number;
}

/**
 * The placeholder a page or tab shows while its code is still being fetched: the shape of a
 * heading and a few rows, announced to screen readers as a busy progress bar.
 */
export function RouteSkeleton({ what, rows = 5 }: RouteSkeletonProps) {
  return (
    <Box role="progressbar" aria-busy="true" aria-label={`Loading ${what}`}>
      <Skeleton variant="text" width="30%" height={40} />
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} height={40} />
      ))}
    </Box>
  );
}
