import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { authStore } from '../../../lib/auth-store';
import { json, mockApi, problem, renderRoutes } from '../../../test/render';
import { LoginPage } from './login-page';

const loginResponse = {
  accessToken: 'jwt',
  tokenType: 'Bearer',
  expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
  user: { id: 7, username: 'sanne', displayName: 'Sanne de Vries', role: 'STUDENT' },
};

function renderLogin(url: string) {
  return renderRoutes(
    [
      { path: '/inloggen', element: <LoginPage /> },
      { path: '/titels/:id', element: <p>title page</p> },
      { path: '/zoeken', element: <p>search page</p> },
    ],
    { url },
  );
}

describe('login page', () => {
  afterEach(() => authStore.clear());

  it('speaks to staff when it was reached from a staff page, to a child otherwise', () => {
    const staff = renderLogin('/inloggen?returnTo=%2Fbalie%2Finnemen');
    expect(screen.getByText(/Log in met je medewerkersaccount/)).toBeInTheDocument();
    expect(screen.queryByText(/die je van school hebt gekregen/)).toBeNull();
    staff.unmount();

    renderLogin('/inloggen?returnTo=%2Ftitels%2F12');
    expect(screen.getByText(/die je van school hebt gekregen/)).toBeInTheDocument();
    expect(screen.queryByText(/medewerkersaccount/)).toBeNull();
  });

  it('validates before sending', async () => {
    const user = userEvent.setup();
    const { calls } = mockApi({});
    renderLogin('/inloggen');

    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    expect(screen.getByText('Vul je gebruikersnaam in.')).toBeInTheDocument();
    expect(screen.getByText('Vul je wachtwoord in.')).toBeInTheDocument();
    expect(screen.getByLabelText('Gebruikersnaam')).toHaveFocus();
    expect(screen.getByLabelText('Gebruikersnaam')).toHaveAttribute('aria-invalid', 'true');
    expect(calls).toHaveLength(0);
  });

  it('logs in and returns to returnTo', async () => {
    const user = userEvent.setup();
    const { calls } = mockApi({ '/api/auth/login': () => json(loginResponse) });
    const { router } = renderLogin('/inloggen?returnTo=%2Ftitels%2F12');

    await user.type(screen.getByLabelText('Gebruikersnaam'), ' sanne ');
    await user.type(screen.getByLabelText('Wachtwoord'), 'demo1234');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    expect(await screen.findByText('title page')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/titels/12');
    expect(calls[0]?.body).toEqual({ username: 'sanne', password: 'demo1234' });
    expect(authStore.getSession()?.user.displayName).toBe('Sanne de Vries');
  });

  it("switches a student's portal to her saved language; staff keep the browser's", async () => {
    const user = userEvent.setup();
    const answer: { current: unknown } = {
      current: { ...loginResponse, user: { ...loginResponse.user, language: 'en' } },
    };
    mockApi({ '/api/auth/login': () => json(answer.current) });
    const student = renderLogin('/inloggen?returnTo=%2Ftitels%2F12');

    await user.type(screen.getByLabelText('Gebruikersnaam'), 'sanne');
    await user.type(screen.getByLabelText('Wachtwoord'), 'demo1234');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    expect(await screen.findByText('title page')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('bieb.locale')).toBe('en');
    student.unmount();
    authStore.clear();
    localStorage.clear();

    answer.current = {
      ...loginResponse,
      user: { ...loginResponse.user, username: 'bieb.centrum', role: 'LIBRARY_STAFF', language: null },
    };
    renderLogin('/inloggen?returnTo=%2Ftitels%2F12');
    await user.type(screen.getByLabelText('Gebruikersnaam'), 'bieb.centrum');
    await user.type(screen.getByLabelText('Wachtwoord'), 'demo1234');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    expect(await screen.findByText('title page')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('nl');
    expect(localStorage.getItem('bieb.locale')).toBeNull();
  });

  it('never returns to another site', async () => {
    const user = userEvent.setup();
    mockApi({ '/api/auth/login': () => json(loginResponse) });
    const { router } = renderLogin('/inloggen?returnTo=%2F%2Fevil.example');

    await user.type(screen.getByLabelText('Gebruikersnaam'), 'sanne');
    await user.type(screen.getByLabelText('Wachtwoord'), 'demo1234');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    expect(await screen.findByText('search page')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/zoeken');
  });

  it.each([
    ['INVALID_CREDENTIALS', 401, 'Gebruikersnaam of wachtwoord klopt niet'],
    ['ACCOUNT_DISABLED', 401, 'Dit account is uitgezet'],
    ['TOO_MANY_ATTEMPTS', 429, 'Te vaak geprobeerd'],
  ])('explains %s kindly', async (code, status, message) => {
    const user = userEvent.setup();
    mockApi({ '/api/auth/login': () => problem(status, code, {}, { 'Retry-After': '60' }) });
    renderLogin('/inloggen');

    await user.type(screen.getByLabelText('Gebruikersnaam'), 'sanne');
    await user.type(screen.getByLabelText('Wachtwoord'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(authStore.getSession()).toBeNull();
  });
});
