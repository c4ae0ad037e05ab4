import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useQuery } from '@tanstack/react-query';
import { Outlet } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { PasswordChangeGuard } from '../../../app/routes/password-change-guard';
import type { LoginResponse, UserSummary } from '../../../lib/api';
import { api } from '../../../lib/api-client';
import { authStore } from '../../../lib/auth-store';
import { json, mockApi, problem, renderRoutes } from '../../../test/render';
import { PasswordPage } from './password-page';

function login(user: Partial<UserSummary> = {}): LoginResponse {
  return {
    accessToken: 'token',
    tokenType: 'Bearer',
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    refreshToken: 'refresh',
    idleTimeoutSeconds: 1800,
    sessionExpiresAt: '2099-01-01T00:00:00Z',
    user: {
      id: 7,
      username: 'sanne.devries',
      displayName: 'Sanne de Vries',
      role: 'STUDENT',
      mustChangePassword: false,
      ...user,
    },
  };
}

/** A page behind the guard that calls the service (as every page does). */
function Messages() {
  const messages = useQuery({ queryKey: ['messages'], queryFn: () => api.GET('/api/me') });
  return <h1>{messages.isError ? 'Berichten (geweigerd)' : 'Berichten'}</h1>;
}

function renderApp(url: string) {
  return renderRoutes(
    [
      {
        element: (
          <PasswordChangeGuard>
            <Outlet />
          </PasswordChangeGuard>
        ),
        children: [
          { path: '/mijn-gegevens/wachtwoord', element: <PasswordPage /> },
          { path: '/berichten', element: <Messages /> },
          { path: '/zoeken', element: <h1>Zoeken</h1> },
          { path: '/balie', element: <h1>Balie</h1> },
        ],
      },
    ],
    { url },
  );
}

async function choose(user: ReturnType<typeof userEvent.setup>, current: RegExp, currentValue: string) {
  await user.type(await screen.findByLabelText(current), currentValue);
  await user.type(screen.getByLabelText(/^Nieuw wachtwoord/), 'mijn-eigen-wachtwoord');
  await user.type(screen.getByLabelText(/Herhaal/), 'mijn-eigen-wachtwoord');
  await user.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
}

afterEach(() => authStore.clear());

describe('own password', () => {
  it('changes the password and stores the new login', async () => {
    authStore.setSession(login());
    const { calls } = mockApi({
      'POST /api/me/password': () => json({ ...login(), accessToken: 'fresh-token' }),
    });
    const user = userEvent.setup();
    renderApp('/mijn-gegevens/wachtwoord');
    expect(await screen.findByRole('heading', { name: 'Wachtwoord wijzigen' })).toBeInTheDocument();
    await choose(user, /Huidig wachtwoord/, 'oud-wachtwoord');
    expect(await screen.findByText('Je wachtwoord is gewijzigd.')).toBeInTheDocument();
    expect(calls[0]?.body).toEqual({
      currentPassword: 'oud-wachtwoord',
      newPassword: 'mijn-eigen-wachtwoord',
    });
    expect(authStore.getToken()).toBe('fresh-token');
  });

  it('shows a wrong current password at the field', async () => {
    authStore.setSession(login());
    mockApi({ 'POST /api/me/password': () => problem(403, 'CURRENT_PASSWORD_WRONG') });
    const user = userEvent.setup();
    renderApp('/mijn-gegevens/wachtwoord');
    await choose(user, /Huidig wachtwoord/, 'fout');
    await waitFor(() =>
      expect(screen.getByLabelText(/Huidig wachtwoord/)).toHaveAttribute('aria-invalid', 'true'),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Je huidige wachtwoord klopt niet.');
    expect(authStore.getToken()).toBe('token');
  });

  it('checks the repeat before sending', async () => {
    authStore.setSession(login());
    const { calls } = mockApi({});
    const user = userEvent.setup();
    renderApp('/mijn-gegevens/wachtwoord');
    await user.type(await screen.findByLabelText(/Huidig wachtwoord/), 'oud-wachtwoord');
    await user.type(screen.getByLabelText(/^Nieuw wachtwoord/), 'mijn-eigen-wachtwoord');
    await user.type(screen.getByLabelText(/Herhaal/), 'iets-anders');
    await user.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
    expect(screen.getByText('De twee wachtwoorden zijn niet hetzelfde.')).toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });

  it('sends a student who logged in with a start code to choose a password first, then back', async () => {
    authStore.setSession(login({ mustChangePassword: true }));
    const { calls } = mockApi({
      'POST /api/me/password': () => json(login({ mustChangePassword: false })),
      'GET /api/me': () => json({}),
    });
    const user = userEvent.setup();
    const { router } = renderApp('/berichten');
    expect(
      await screen.findByText('Je logt in met een startcode. Kies nu je eigen wachtwoord.'),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/mijn-gegevens/wachtwoord');
    expect(screen.queryByRole('heading', { name: 'Berichten' })).toBeNull();
    await choose(user, /Startcode/, 'ABCD-2345');
    expect(await screen.findByRole('heading', { name: 'Berichten' })).toBeInTheDocument();
    expect(calls[0]?.body).toEqual({ currentPassword: 'ABCD-2345', newPassword: 'mijn-eigen-wachtwoord' });
    expect(authStore.getSession()?.user.mustChangePassword).toBe(false);
  });

  it('goes to the password page when a call answers 403 PASSWORD_CHANGE_REQUIRED', async () => {
    authStore.setSession(login({ role: 'SCHOOL_STAFF', username: 'juf.anna', displayName: 'Anna' }));
    mockApi({ 'GET /api/me': () => problem(403, 'PASSWORD_CHANGE_REQUIRED') });
    const { router } = renderApp('/berichten');
    expect(
      await screen.findByText(
        'Je logt in met een tijdelijk wachtwoord. Kies nu je eigen wachtwoord; daarna kun je verder.',
      ),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/mijn-gegevens/wachtwoord');
    expect(screen.getByLabelText(/Tijdelijk wachtwoord/)).toBeInTheDocument();
  });
});
