import Breadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { ApiError } from '../lib/api-client';
import { missingEntity, NotFound } from './not-found';
import type { PageLink } from './not-found';
import { QueryView } from './query-state';
import type { QueryLike } from './query-state';
import { capitalized } from '../lib/words';

/** "Roles › Deployer": the list a page belongs to, then the page itself. */
export function PageBreadcrumbs({ parent, current }: { parent: PageLink; current: string }) {
  return (
    <Breadcrumbs aria-label="Breadcrumb" sx={{ mb: 2 }}>
      <Link component={RouterLink} to={parent.to}>
        {parent.label}
      </Link>
      <Typography color="text.primary" sx={{ overflowWrap: 'anywhere' }}>
        {current}
      </Typography>
    </Breadcrumbs>
  );
}

interface PageTitleProps {
  parent: PageLink;
  /** The page's name: the last breadcrumb and the h1. */
  title: string;
  /** A sentence under the heading on what the page makes. */
  intro?: ReactNode;
}

/** A page of its own under a list (a create page): breadcrumbs, then its h1. */
export function PageTitle({ parent, title, intro }: PageTitleProps) {
  return (
    <>
      <PageBreadcrumbs parent={parent} current={title} />
      <Typography variant="h5" component="h1" sx={{ fontWeight: 600, mb: intro ? 0.5 : 2 }}>
        {title}
      </Typography>
      {intro && (
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {intro}
        </Typography>
      )}
    </>
  );
}

/** How the pages of one kind of entity speak of it: its list, its kind, its name. */
export interface EntityPageKind<T> {
  /** The tab listing such entities, e.g. { to: '/organization/roles', label: 'Roles' }. */
  parent: PageLink;
  /** "role": the breadcrumbs say "Role" until it loads; messages say "the role". */
  noun: string;
  /** The entity's name in the breadcrumbs once it has loaded. */
  nameOf: (entity: T) => string;
  /** The address of an entity's page. */
  pathOf: (id: string) => string;
  /** The heading of its "not found" page, when not "Role not found". */
  missingTitle?: string;
}

interface DetailPageProps<T> {
  kind: EntityPageKind<T>;
  query: QueryLike<T>;
  /**
   * The entity's id, for the page's own "not found" on an API 404. Without it a 404 shows as an
   * error, as any other; the app may guard the route instead.
   */
  missingId?: string;
  children: (entity: T) => ReactNode;
}

/**
 * An entity's page: breadcrumbs back to its list, then the entity once loaded. While it loads,
 * a skeleton; when it cannot be read, the error with Retry and a link back to the list.
 */
export function DetailPage<T>({ kind, query, missingId, children }: DetailPageProps<T>) {
  const { parent } = kind;
  const failed = query.error !== null && query.data === undefined;
  // Also after a refetch: a 404 means the entity is gone, whatever was read before.
  const missing = query.error instanceof ApiError && query.error.status === 404;
  return (
    <>
      <PageBreadcrumbs
        parent={parent}
        current={query.data === undefined ? capitalized(kind.noun) : kind.nameOf(query.data)}
      />
      {missing && missingId !== undefined ? (
        <NotFound {...missingEntity(kind, missingId)} />
      ) : (
        <>
          <QueryView query={query} what={`the ${kind.noun}`}>
            {children}
          </QueryView>
          {failed && (
            <Link component={RouterLink} to={parent.to} sx={{ display: 'inline-block', mt: 2 }}>
              {`Back to ${parent.label}`}
            </Link>
          )}
        </>
      )}
    </>
  );
}
