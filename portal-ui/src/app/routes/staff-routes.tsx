import { Navigate, type RouteObject } from 'react-router-dom';
import { staffPaths } from '../../lib/staff';
import { RequireStaff } from './require-staff';

/** The administration (Beheer) under /balie/beheer: its own menu around each section, all loaded on demand. */
const adminRoutes: RouteObject = {
  path: 'beheer',
  lazy: () =>
    import('../../features/admin/components/admin-layout').then((m) => ({ Component: m.AdminLayout })),
  children: [
    {
      index: true,
      lazy: () =>
        import('../../features/admin/components/admin-layout').then((m) => ({ Component: m.AdminHome })),
    },
    {
      path: 'organisaties',
      lazy: () =>
        import('../../features/admin/components/organisations-page').then((m) => ({
          Component: m.OrganisationsPage,
        })),
    },
    {
      path: 'scholen',
      lazy: () =>
        import('../../features/admin/components/schools-page').then((m) => ({ Component: m.SchoolsPage })),
    },
    {
      path: 'locaties',
      lazy: () =>
        import('../../features/admin/components/locations-page').then((m) => ({
          Component: m.LocationsPage,
        })),
    },
    {
      path: 'sluitingen',
      lazy: () =>
        import('../../features/admin/components/closures-page').then((m) => ({ Component: m.ClosuresPage })),
    },
    {
      path: 'medewerkers',
      lazy: () =>
        import('../../features/admin/components/staff-accounts-page').then((m) => ({
          Component: m.StaffAccountsPage,
        })),
    },
    {
      path: 'koppelingen',
      lazy: () =>
        import('../../features/admin/components/integration-clients-page').then((m) => ({
          Component: m.IntegrationClientsPage,
        })),
    },
    {
      path: 'leerlingen',
      lazy: () =>
        import('../../features/admin/components/students-page').then((m) => ({ Component: m.StudentsPage })),
    },
    {
      path: 'leerlingen/inlogkaarten',
      lazy: () =>
        import('../../features/admin/components/login-cards-page').then((m) => ({
          Component: m.LoginCardsPage,
        })),
    },
    {
      path: 'meldingen',
      lazy: () =>
        import('../../features/admin/components/notifications-page').then((m) => ({
          Component: m.NotificationsPage,
        })),
    },
    {
      path: 'webhooks',
      lazy: () =>
        import('../../features/admin/components/webhooks-page').then((m) => ({ Component: m.WebhooksPage })),
    },
    {
      path: 'bezorging',
      lazy: () =>
        import('../../features/admin/components/deliveries-page').then((m) => ({
          Component: m.DeliveriesPage,
        })),
    },
  ],
};

/** The staff views under /balie: behind RequireStaff, every page loaded on demand. */
export const staffRoutes: RouteObject = {
  path: 'balie',
  element: <RequireStaff />,
  children: [
    { index: true, element: <Navigate to={staffPaths.checkIn} replace /> },
    {
      path: 'innemen',
      lazy: () =>
        import('../../features/staff-desk/components/checkin-page').then((m) => ({
          Component: m.CheckinPage,
        })),
    },
    {
      path: 'uitlenen',
      lazy: () =>
        import('../../features/staff-desk/components/checkout-page').then((m) => ({
          Component: m.CheckoutPage,
        })),
    },
    {
      path: 'afhaalplank',
      lazy: () =>
        import('../../features/staff-hold-shelf/components/hold-shelf-page').then((m) => ({
          Component: m.HoldShelfPage,
        })),
    },
    {
      path: 'wachtrij',
      lazy: () =>
        import('../../features/staff-queue/components/queue-search-page').then((m) => ({
          Component: m.QueueSearchPage,
        })),
    },
    {
      path: 'titels/:id/wachtrij',
      lazy: () =>
        import('../../features/staff-queue/components/title-queue-page').then((m) => ({
          Component: m.TitleQueuePage,
        })),
    },
    {
      path: 'exemplaren',
      lazy: () =>
        import('../../features/staff-copies/components/copy-lookup-page').then((m) => ({
          Component: m.CopyLookupPage,
        })),
    },
    {
      path: 'exemplaren/:barcode',
      lazy: () =>
        import('../../features/staff-copies/components/copy-detail-page').then((m) => ({
          Component: m.CopyDetailPage,
        })),
    },
    {
      path: 'seriemutaties',
      lazy: () =>
        import('../../features/staff-series/components/series-mutations-page').then((m) => ({
          Component: m.SeriesMutationsPage,
        })),
    },
    {
      path: 'collecties',
      lazy: () =>
        import('../../features/staff-collections/components/collections-page').then((m) => ({
          Component: m.CollectionsPage,
        })),
    },
    {
      path: 'speciale-passen',
      lazy: () =>
        import('../../features/staff-special-passes/components/special-passes-page').then((m) => ({
          Component: m.SpecialPassesPage,
        })),
    },
    {
      path: 'catalogus',
      lazy: () =>
        import('../../features/staff-catalogue/components/catalogue-page').then((m) => ({
          Component: m.CataloguePage,
        })),
    },
    {
      path: 'catalogus/importeren',
      lazy: () =>
        import('../../features/staff-catalogue/components/import-page').then((m) => ({
          Component: m.CatalogueImportPage,
        })),
    },
    {
      path: 'schoolbeleid',
      lazy: () =>
        import('../../features/staff-policy/components/school-policy-page').then((m) => ({
          Component: m.SchoolPolicyPage,
        })),
    },
    adminRoutes,
  ],
};
