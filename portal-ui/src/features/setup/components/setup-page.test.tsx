import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { LoginResponse } from '../../../lib/api';
import { authStore } from '../../../lib/auth-store';
import { json, mockApi, problem, renderRoutes } from '../../../test/render';
import { SetupPage, tokenFromHash } from './setup-page';

const loginResponse: LoginResponse = {
  accessToken: 'admin-token',
  tokenType: 'Bearer',
  expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
  refreshToken: 'refresh',
  idleTimeoutSeconds: 1800,
  sessionExpiresAt: '2099-01-01T00:00:00Z',
  user: {
    id: 1,
    username: 'beheerder',
    displayName: 'Marieke Jansen',
    role: 'ADMIN',
    mustChangePassword: false,
  },
};

function renderSetup(url = '/setup#token=abc-123') {
  return renderRoutes(
    [
      { path: '/setup', element: <SetupPage /> },
      { path: '/balie/beheer', element: <h1>Beheer</h1> },
      { path: '/inloggen', element: <h1>Inloggen</h1> },
    ],
    { url },
  );
}

async function fillIn(
  user: ReturnType<typeof userEvent.setup>,
  password = 'een-lang-wachtwoord',
  repeat = password,
) {
  await user.type(await screen.findByLabelText(/Gebruikersnaam/), 'beheerder');
  await user.type(screen.getByLabelText(/^Naam/), 'Marieke Jansen');
  await user.type(screen.getByLabelText(/^Nieuw wachtwoord/), password);
  await user.type(screen.getByLabelText(/Herhaal/), repeat);
  await user.click(screen.getByRole('button', { name: 'Beheerder aanmaken' }));
}

afterEach(() => authStore.clear());

describe('setup page', () => {
  it('reads the token from the fragment', () => {
    expect(tokenFromHash('#token=abc-123')).toBe('abc-123');
    expect(tokenFromHash('')).toBe('');
  });

  it('creates the first administrator with the token from the link, logs in and goes to the administration', async () => {
    const { calls } = mockApi({
      'GET /api/setup': () => json({ administratorNeeded: true }),
      'POST /api/setup/administrator': () => json(loginResponse, 201),
    });
    const user = userEvent.setup();
    const { router } = renderSetup();
    await fillIn(user);
    await screen.findByRole('heading', { name: 'Beheer' });
    expect(router.state.location.pathname).toBe('/balie/beheer');
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      setupToken: 'abc-123',
      username: 'beheerder',
      displayName: 'Marieke Jansen',
      password: 'een-lang-wachtwoord',
    });
    expect(authStore.getSession()?.user.role).toBe('ADMIN');
    expect(authStore.getToken()).toBe('admin-token');
  });

  it('checks the password before sending', async () => {
    const { calls } = mockApi({ 'GET /api/setup': () => json({ administratorNeeded: true }) });
    const user = userEvent.setup();
    renderSetup();
    await fillIn(user, 'kort');
    expect(screen.getByText('Kies minstens 8 tekens.')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('says when an administrator exists already, with a link to log in', async () => {
    mockApi({ 'GET /api/setup': () => json({ administratorNeeded: false }) });
    renderSetup();
    expect(
      await screen.findByText('Er is al een beheerder. Log in met je eigen account.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar inloggen' })).toHaveAttribute('href', '/inloggen');
    expect(screen.queryByRole('button', { name: 'Beheerder aanmaken' })).toBeNull();
  });

  it.each([
    ['SETUP_TOKEN_INVALID', 403, 'Deze installatielink is ongeldig of verlopen.'],
    ['SETUP_DONE', 409, 'Er is al een beheerder. Log in.'],
    ['PASSWORD_TOO_WEAK', 400, 'Kies een wachtwoord van minstens 8 tekens'],
  ])('shows %s in words', async (code, status, text) => {
    mockApi({
      'GET /api/setup': () => json({ administratorNeeded: true }),
      'POST /api/setup/administrator': () => problem(status, code),
    });
    const user = userEvent.setup();
    renderSetup();
    await fillIn(user);
    expect(await screen.findByRole('alert')).toHaveTextContent(text);
    expect(authStore.getSession()).toBeNull();
  });

  it('asks for the setup code when the link had none', async () => {
    const { calls } = mockApi({
      'GET /api/setup': () => json({ administratorNeeded: true }),
      'POST /api/setup/administrator': () => json(loginResponse, 201),
    });
    const user = userEvent.setup();
    renderSetup('/setup');
    await user.type(await screen.findByLabelText(/Installatiecode/), 'xyz');
    await fillIn(user);
    await waitFor(() => expect(calls.find((c) => c.method === 'POST')?.body.setupToken).toBe('xyz'));
  });
});
