import { createBrowserRouter, Navigate, type RouteObject } from 'react-router-dom';
import { NotFound } from '../components/not-found';
import { SearchPage } from '../features/catalogue/components/search-page';
import { RootLayout } from './layout/root-layout';
import { RequireAuth } from './routes/require-auth';
import { RouteError } from './routes/route-error';
import { staffRoutes } from './routes/staff-routes';

/** Search is the landing page and ships in the first chunk; every other page loads on demand. */
export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <Navigate to="/zoeken" replace /> },
          { path: 'zoeken', element: <SearchPage /> },
          {
            path: 'titels/:id',
            lazy: () =>
              import('../features/catalogue/components/title-detail-page').then((m) => ({
                Component: m.TitleDetailPage,
              })),
          },
          {
            path: 'snuffelen',
            lazy: () =>
              import('../features/themes/components/themes-page').then((m) => ({ Component: m.ThemesPage })),
          },
          {
            path: 'snuffelen/:code',
            lazy: () =>
              import('../features/themes/components/theme-page').then((m) => ({ Component: m.ThemePage })),
          },
          {
            path: 'kast',
            lazy: () =>
              import('../features/shelf/components/shelf-page').then((m) => ({ Component: m.ShelfPage })),
          },
          {
            path: 'kast/:locationId',
            lazy: () =>
              import('../features/shelf/components/shelf-page').then((m) => ({ Component: m.ShelfPage })),
          },
          {
            path: 'inloggen',
            lazy: () =>
              import('../features/auth/components/login-page').then((m) => ({ Component: m.LoginPage })),
          },
          {
            path: 'setup',
            lazy: () =>
              import('../features/setup/components/setup-page').then((m) => ({ Component: m.SetupPage })),
          },
          {
            path: 'mijn-gegevens/wachtwoord',
            lazy: () =>
              import('../features/account/components/password-page').then((m) => ({
                Component: () => (
                  <RequireAuth>
                    <m.PasswordPage />
                  </RequireAuth>
                ),
              })),
          },
          {
            path: 'mijn-gegevens',
            // Mijn gegevens composes two features: the profile and loans (account) and the reservations.
            lazy: () => import('./routes/my-details-route').then((m) => ({ Component: m.MyDetailsRoute })),
          },
          {
            path: 'berichten',
            lazy: () =>
              import('../features/messages/components/messages-page').then((m) => ({
                Component: () => (
                  <RequireAuth>
                    <m.MessagesPage />
                  </RequireAuth>
                ),
              })),
          },
          staffRoutes,
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
