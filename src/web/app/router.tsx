import { createBrowserRouter, Navigate } from 'react-router';
import { issuerKind } from '../entities/issuer/issuer-kind';
import { issuerQueries } from '../entities/issuer/issuer-queries';
import { policyKind } from '../entities/policy/policy-kind';
import { policyQueries } from '../entities/policy/policy-queries';
import { roleKind } from '../entities/role/role-kind';
import { roleQueries } from '../entities/role/role-queries';
import { AppShell } from './layout/app-shell';
import { lazyView } from './lazy-view';
import { guardedRoute, UnknownPage } from './routes/not-found';
import { ORGANIZATION_TABS, OrganizationPage } from './routes/organization-page';
import { RouteError } from './routes/route-error';

// Every page but Manage Organization's frame brings its code when first shown: the first load
// carries the app shell and the tabs' frame only (each tab is split the same way).
const AssumableRoleWizardPage = lazyView('the assumable role wizard', () =>
  import('./routes/assumable-role-wizard-page').then((m) => m.AssumableRoleWizardPage),
);
const RolePage = lazyView('the role', () => import('./routes/role-page').then((m) => m.RolePage));
const UserRoute = lazyView('the user', () =>
  import('./routes/user-route').then((m) => m.UserRoute),
);
const GroupRoute = lazyView('the group', () =>
  import('./routes/group-routes').then((m) => m.GroupRoute),
);
const NewGroupRoute = lazyView('the new group form', () =>
  import('./routes/group-routes').then((m) => m.NewGroupRoute),
);
const PolicyRoute = lazyView('the policy editor', () =>
  import('./routes/policy-routes').then((m) => m.PolicyRoute),
);
const NewPolicyRoute = lazyView('the policy editor', () =>
  import('./routes/policy-routes').then((m) => m.NewPolicyRoute),
);
const IssuerRoute = lazyView('the OIDC issuer', () =>
  import('./routes/issuer-route').then((m) => m.IssuerRoute),
);
const SessionsPage = lazyView('the Sessions page', () =>
  import('./routes/sessions-page').then((m) => m.SessionsPage),
);
const PolicySimulatorPage = lazyView('the Policy Simulator', () =>
  import('./routes/policy-simulator-page').then((m) => m.PolicySimulatorPage),
);

// An id the API does not know (deleted, or mistyped) shows "not found" rather than the page.
const RoleRoute = guardedRoute('roleId', roleKind, roleQueries.detail, RolePage);
const PolicyGuardedRoute = guardedRoute('policyId', policyKind, policyQueries.detail, PolicyRoute);
const IssuerGuardedRoute = guardedRoute('issuerId', issuerKind, issuerQueries.detail, IssuerRoute);

/** The short addresses people type (/roles, /users …) lead to their tab of Manage Organization. */
const shortcuts = ORGANIZATION_TABS.map((t) => ({
  path: t.slug,
  element: <Navigate to={`/organization/${t.slug}`} replace />,
}));

export const router = createBrowserRouter([
  {
    element: <AppShell />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to="/organization/roles" replace /> },
      { path: 'organization', element: <Navigate to="/organization/roles" replace /> },
      { path: 'organization/:tab', element: <OrganizationPage />, errorElement: <RouteError /> },
      ...shortcuts,
      {
        path: 'roles/new/assumable',
        element: <AssumableRoleWizardPage />,
        errorElement: <RouteError />,
      },
      { path: 'roles/:roleId', element: <RoleRoute />, errorElement: <RouteError /> },
      { path: 'users/:userId', element: <UserRoute />, errorElement: <RouteError /> },
      { path: 'groups/new', element: <NewGroupRoute />, errorElement: <RouteError /> },
      { path: 'groups/:groupId', element: <GroupRoute />, errorElement: <RouteError /> },
      { path: 'policies/new', element: <NewPolicyRoute />, errorElement: <RouteError /> },
      {
        path: 'policies/:policyId',
        element: <PolicyGuardedRoute />,
        errorElement: <RouteError />,
      },
      {
        path: 'oidc-issuers/:issuerId',
        element: <IssuerGuardedRoute />,
        errorElement: <RouteError />,
      },
      { path: 'sessions', element: <SessionsPage />, errorElement: <RouteError /> },
      { path: 'policy-simulator', element: <PolicySimulatorPage />, errorElement: <RouteError /> },
      { path: '*', element: <UnknownPage /> },
    ],
  },
]);
