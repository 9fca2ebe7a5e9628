import { createBrowserRouter } from 'react-router';
import { AccountPage } from '../features/auth/pages/AccountPage.js';
import { SignInPage } from '../features/auth/pages/SignInPage.js';
import { NotFoundPage } from '../features/errors/pages/NotFoundPage.js';
import { HomePage } from '../features/home/pages/HomePage.js';
import { SetupPage } from '../features/setup/pages/SetupPage.js';
import { organisationRoutes } from './organisation-routes.js';
import { OrganisationScope, RequireSignIn } from './guards.js';
import { Layout } from './Layout.js';

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/setup', element: <SetupPage /> },
      { path: '/sign-in', element: <SignInPage /> },
      {
        element: <RequireSignIn />,
        children: [
          { path: '/', element: <HomePage /> },
          { path: '/account', element: <AccountPage /> },
          { path: '/organisations/:orgId', element: <OrganisationScope />, children: organisationRoutes },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
