import { createBrowserRouter, Navigate, useParams } from 'react-router';
import { issuerQueries } from '../features/oidc-issuers/api/issuer-queries';
import { policyQueries } from '../features/policies/api/policy-queries';
import { roleQueries } from '../features/roles/api/role-queries';
import { AppShell } from './layout/app-shell';
import { AssumableRoleWizardPage } from './routes/assumable-role-wizard-page';
import {
  GroupRoute,
  IssuerRoute,
  NewGroupRoute,
  NewPolicyRoute,
  PolicyRoute,
  UserRoute,
} from './routes/entity-pages';
import { MissingGuard, UnknownPage } from './routes/not-found';
import { ORGANIZATION_TABS, OrganizationPage } from './routes/organization-page';
import { PolicySimulatorPage } from './routes/policy-simulator-page';
import { RolePage } from './routes/role-page';
import { RouteError } from './routes/route-error';
import { SessionsPage } from './routes/sessions-page';

/** /roles/:roleId, or "Role not found" when the API has no such role (deleted, or mistyped). */
function RoleRoute() {
  const { roleId = '' } = useParams();
  return (
    <MissingGuard
      query={roleQueries.detail(roleId)}
      missing={{
        title: 'Role not found',
        detail: `This organization has no role with the ID ${roleId}. The role may have been deleted.`,
        back: { to: '/organization/roles', label: 'Back to Roles' },
      }}
    >
      <RolePage />
    </MissingGuard>
  );
}

function PolicyGuardedRoute() {
  const { policyId = '' } = useParams();
  return (
    <MissingGuard
      query={policyQueries.detail(policyId)}
      missing={{
        title: 'Policy not found',
        detail: `This organization has no policy with the ID ${policyId}. The policy may have been deleted.`,
        back: { to: '/organization/policies', label: 'Back to Permission Policies' },
      }}
    >
      <PolicyRoute />
    </MissingGuard>
  );
}

function IssuerGuardedRoute() {
  const { issuerId = '' } = useParams();
  return (
    <MissingGuard
      query={issuerQueries.detail(issuerId)}
      missing={{
        title: 'OIDC issuer not found',
        detail: `This organization has no OIDC issuer with the ID ${issuerId}. It may have been deleted.`,
        back: { to: '/organization/oidc-issuers', label: 'Back to OIDC Issuers' },
      }}
    >
      <IssuerRoute />
    </MissingGuard>
  );
}

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
