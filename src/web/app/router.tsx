import Typography from '@mui/material/Typography';
import { createBrowserRouter, Navigate } from 'react-router';
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
import { OrganizationPage } from './routes/organization-page';
import { PolicySimulatorPage } from './routes/policy-simulator-page';
import { RolePage } from './routes/role-page';
import { RouteError } from './routes/route-error';
import { SessionsPage } from './routes/sessions-page';

export const router = createBrowserRouter([
  {
    element: <AppShell />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to="/organization/roles" replace /> },
      { path: 'organization', element: <Navigate to="/organization/roles" replace /> },
      { path: 'organization/:tab', element: <OrganizationPage />, errorElement: <RouteError /> },
      {
        path: 'roles/new/assumable',
        element: <AssumableRoleWizardPage />,
        errorElement: <RouteError />,
      },
      { path: 'roles/:roleId', element: <RolePage />, errorElement: <RouteError /> },
      { path: 'users/:userId', element: <UserRoute />, errorElement: <RouteError /> },
      { path: 'groups/new', element: <NewGroupRoute />, errorElement: <RouteError /> },
      { path: 'groups/:groupId', element: <GroupRoute />, errorElement: <RouteError /> },
      { path: 'policies/new', element: <NewPolicyRoute />, errorElement: <RouteError /> },
      { path: 'policies/:policyId', element: <PolicyRoute />, errorElement: <RouteError /> },
      { path: 'oidc-issuers/:issuerId', element: <IssuerRoute />, errorElement: <RouteError /> },
      { path: 'sessions', element: <SessionsPage />, errorElement: <RouteError /> },
      { path: 'policy-simulator', element: <PolicySimulatorPage />, errorElement: <RouteError /> },
      {
        path: '*',
        element: <Typography sx={{ p: 3 }}>This page does not exist.</Typography>,
      },
    ],
  },
]);
