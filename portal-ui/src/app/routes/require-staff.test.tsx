import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { authStore } from '../../lib/auth-store';
import { renderRoutes } from '../../test/render';
import { loginAs } from '../../test/staff-fixtures';
import { StaffNav, StaffOnlyNotice } from '../layout/staff-nav';
import { RequireStaff } from './require-staff';

function renderGuarded(url = '/balie/afhaalplank') {
  return renderRoutes(
    [
      {
        path: '/',
        element: (
          <>
            <StaffNav />
            <StaffOnlyNotice />
          </>
        ),
        children: [],
      },
      { path: '/zoeken', element: <StaffOnlyNotice /> },
      { path: '/inloggen', element: <p>Inlogpagina</p> },
      {
        path: '/balie',
        element: <RequireStaff />,
        children: [{ path: 'afhaalplank', element: <p>Afhaalplank-inhoud</p> }],
      },
    ],
    { url },
  );
}

afterEach(() => authStore.clear());

describe('RequireStaff', () => {
  it('sends a visitor who is not logged in to the login page, with returnTo', () => {
    const { router } = renderGuarded();
    expect(screen.getByText('Inlogpagina')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?returnTo=%2Fbalie%2Fafhaalplank');
  });

  it('sends a student to the search page with a notice', () => {
    loginAs('STUDENT', 'Emma');
    const { router } = renderGuarded();
    expect(router.state.location.pathname).toBe('/zoeken');
    expect(screen.getByRole('alert')).toHaveTextContent('Die pagina is alleen voor medewerkers van de bieb.');
    expect(screen.queryByText('Afhaalplank-inhoud')).toBeNull();
  });

  it.each(['SCHOOL_STAFF', 'LIBRARY_STAFF', 'ADMIN'] as const)('lets %s in', (role) => {
    loginAs(role);
    renderGuarded();
    expect(screen.getByText('Afhaalplank-inhoud')).toBeInTheDocument();
  });
});

describe('StaffNav', () => {
  it('is shown to staff only', () => {
    loginAs('SCHOOL_STAFF');
    const { unmount } = renderRoutes([{ path: '/', element: <StaffNav /> }]);
    const nav = screen.getByRole('navigation', { name: 'Balie' });
    expect(nav).toHaveTextContent('Innemen');
    expect(screen.getByRole('link', { name: 'Afhaalplank' })).toHaveAttribute('href', '/balie/afhaalplank');
    unmount();
    authStore.clear();
    loginAs('STUDENT', 'Emma');
    renderRoutes([{ path: '/', element: <StaffNav /> }]);
    expect(screen.queryByRole('navigation', { name: 'Balie' })).toBeNull();
  });
});
