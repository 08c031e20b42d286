import Paper from '@mui/material/Paper';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, useParams } from 'react-router';
import { RolesTab } from '../../features/roles/components/roles-tab';
import { GroupsTab } from '../../features/groups/components/groups-tab';
import { OidcIssuersTab } from '../../features/oidc-issuers/components/oidc-issuers-tab';
import { PoliciesTab } from '../../features/policies/components/policies-tab';
import { UsersTab } from '../../features/users/components/users-tab';
import { UnknownPage } from './not-found';

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
  if (!isTab(tab)) return <UnknownPage />;
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
          />
        ))}
      </Tabs>
      <Paper variant="outlined" sx={{ p: { xs: 1.5, sm: 2 } }}>
        <TabContent tab={tab} />
      </Paper>
    </>
  );
}

function TabContent({ tab }: { tab: TabSlug }) {
  switch (tab) {
    case 'users':
      return <UsersTab />;
    case 'groups':
      return <GroupsTab />;
    case 'roles':
      return <RolesTab />;
    case 'policies':
      return <PoliciesTab />;
    case 'oidc-issuers':
      return <OidcIssuersTab />;
  }
}
