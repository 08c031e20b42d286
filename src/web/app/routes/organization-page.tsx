import Paper from '@mui/material/Paper';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { MouseEvent } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { groupQueries } from '../../entities/group/group-queries';
import { issuerQueries } from '../../entities/issuer/issuer-queries';
import { policyQueries } from '../../entities/policy/policy-queries';
import { roleQueries } from '../../entities/role/role-queries';
import { userQueries } from '../../entities/user/user-queries';
import { lazyView } from '../lazy-view';
import { UnknownPage } from './not-found';

// Each tab brings its own code when first shown (or when the pointer or focus reaches its tab).
const UsersTab = lazyView('the Users tab', () =>
  import('../../features/users/components/users-tab').then((m) => m.UsersTab),
);
const GroupsTab = lazyView('the Groups tab', () =>
  import('../../features/groups/components/groups-tab').then((m) => m.GroupsTab),
);
const RolesTab = lazyView('the Roles tab', () =>
  import('../../features/roles/components/roles-tab').then((m) => m.RolesTab),
);
const PoliciesTab = lazyView('the Permission Policies tab', () =>
  import('../../features/policies/components/policies-tab').then((m) => m.PoliciesTab),
);
const OidcIssuersTab = lazyView('the OIDC Issuers tab', () =>
  import('../../features/oidc-issuers/components/oidc-issuers-tab').then((m) => m.OidcIssuersTab),
);

export const ORGANIZATION_TABS = [
  { slug: 'users', label: 'Users' },
  { slug: 'groups', label: 'Groups' },
  { slug: 'roles', label: 'Roles' },
  { slug: 'policies', label: 'Permission Policies' },
  { slug: 'oidc-issuers', label: 'OIDC Issuers' },
] as const;
type TabSlug = (typeof ORGANIZATION_TABS)[number]['slug'];

function isTab(slug: string | undefined): slug is TabSlug {
  return ORGANIZATION_TABS.some((t) => t.slug === slug);
}

/**
 * Manage Organization: one tab per IAM collection, each its own URL. The tabs wrap onto a second
 * line on narrow screens rather than hide behind scroll arrows, so every one stays in sight.
 */
export function OrganizationPage() {
  const { tab } = useParams();
  const known = isTab(tab);
  const queryClient = useQueryClient();
  // Once the tab shown has its code, the other tabs' code follows (while its data loads): moving
  // to another tab then waits only for that tab's data.
  useEffect(() => {
    if (!known) return;
    let live = true;
    let cancel = () => {};
    void TAB_VIEWS[tab]
      .preload()
      .then(() => {
        if (live) cancel = whenIdle(() => Object.values(TAB_VIEWS).forEach(preloadQuietly));
      })
      .catch(() => undefined);
    return () => {
      live = false;
      cancel();
    };
  }, [known, tab]);
  if (!known) return <UnknownPage />;
  return (
    <>
      <Typography variant="h5" component="h1" sx={{ mb: 2, fontWeight: 600 }}>
        Manage Organization
      </Typography>
      <Tabs
        value={tab}
        aria-label="Organization sections"
        sx={{
          borderBottom: 1,
          borderColor: 'divider',
          mb: 2,
          '& .MuiTabs-list': { flexWrap: 'wrap' },
          // A sliding indicator cannot follow a tab onto a second line: the tab marks itself.
          '& .MuiTabs-indicator': { display: 'none' },
          '& .MuiTab-root': {
            minWidth: 0,
            px: { xs: 1.25, sm: 2 },
            borderBottom: 2,
            borderColor: 'transparent',
          },
          '& .MuiTab-root.Mui-selected': { borderColor: 'primary.main' },
        }}
      >
        {ORGANIZATION_TABS.map((t) => (
          <Tab
            key={t.slug}
            value={t.slug}
            label={t.label}
            component={RouterLink}
            to={`/organization/${t.slug}`}
            // A hover or focus usually comes a moment before the click: fetch the tab's code then.
            onPointerEnter={() => preloadQuietly(TAB_VIEWS[t.slug])}
            onFocus={() => preloadQuietly(TAB_VIEWS[t.slug])}
            onClick={(event: MouseEvent) => {
              if (opensHere(event)) void TAB_READS[t.slug](queryClient);
            }}
          />
        ))}
      </Tabs>
      <Paper variant="outlined" sx={{ p: { xs: 1.5, sm: 2 } }}>
        <TabContent tab={tab} />
      </Paper>
    </>
  );
}

/**
 * Each tab's first read. The click that opens a tab starts it, so that the request runs while the
 * tab renders rather than after (a list still fresh in the cache is not read again); the tab then
 * takes the reply that is already on its way.
 */
const TAB_READS: Record<TabSlug, (client: QueryClient) => Promise<void>> = {
  users: (client) => client.prefetchQuery(userQueries.list()),
  groups: (client) => client.prefetchQuery(groupQueries.list()),
  roles: (client) => client.prefetchInfiniteQuery(roleQueries.list()),
  policies: (client) => client.prefetchQuery(policyQueries.list()),
  'oidc-issuers': (client) => client.prefetchQuery(issuerQueries.list()),
};

/** A plain click or Enter on a tab opens it in this page; a modified or middle click opens another. */
const opensHere = (event: MouseEvent) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

const preloadQuietly = (view: { preload: () => Promise<unknown> }) =>
  void view.preload().catch(() => undefined);

/** Runs `work` when the browser has a moment (soon after, where it cannot say); returns a cancel. */
function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, 200);
  return () => clearTimeout(id);
}

const TAB_VIEWS = {
  users: UsersTab,
  groups: GroupsTab,
  roles: RolesTab,
  policies: PoliciesTab,
  'oidc-issuers': OidcIssuersTab,
} satisfies Record<TabSlug, unknown>;

function TabContent({ tab }: { tab: TabSlug }) {
  const View = TAB_VIEWS[tab];
  return <View />;
}
