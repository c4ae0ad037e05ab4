import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { StaffAccount } from '../../../lib/api';
import { authStore } from '../../../lib/auth-store';
import { json, mockApi, problem, renderAt } from '../../../test/render';
import { allLocations, loginAs } from '../../../test/staff-fixtures';
import { StaffAccountsPage } from './staff-accounts-page';

function account(overrides: Partial<StaffAccount> = {}): StaffAccount {
  return {
    id: 12,
    username: 'juf.anna',
    displayName: 'Anna Bakker',
    role: 'SCHOOL_STAFF',
    locationId: 4,
    locationName: 'Schoolbibliotheek OBS De Regenboog',
    schoolId: 1,
    organisationId: 1,
    active: true,
    mustChangePassword: true,
    createdAt: '2026-12-01T10:00:00Z',
    createdBy: 'beheerder',
    ...overrides,
  };
}

afterEach(() => authStore.clear());

describe('staff accounts', () => {
  it('creates an account and shows its temporary password once', async () => {
    let created = false;
    const { calls } = mockApi({
      '/api/locations': () => json(allLocations),
      'GET /api/staff-accounts': () => json(created ? [account()] : []),
      'POST /api/staff-accounts': () => {
        created = true;
        return json(
          {
            account: account(),
            temporaryPassword: 'Tijd-Wachtwoord-42',
            temporaryPasswordValidUntil: '2026-12-13T10:00:00Z',
          },
          201,
          { 'Cache-Control': 'no-store' },
        );
      },
    });
    loginAs('ADMIN');
    const user = userEvent.setup();
    renderAt('/balie/beheer/medewerkers', <StaffAccountsPage />);
    expect(await screen.findByText('Er zijn nog geen medewerkers.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Medewerker toevoegen' }));
    const form = screen.getByRole('dialog');
    await user.type(within(form).getByLabelText(/Gebruikersnaam/), 'juf.anna');
    await user.type(within(form).getByLabelText(/^Naam/), 'Anna Bakker');
    await user.click(within(form).getByRole('button', { name: 'Account aanmaken' }));
    expect(within(form).getByText('Kies een locatie.')).toBeInTheDocument();
    // School staff work at a school library: only those are offered.
    const place = within(form).getByLabelText(/^Locatie/);
    expect(within(place).queryByRole('option', { name: /Rivierenland Centrum/ })).toBeNull();
    await user.selectOptions(place, 'Schoolbibliotheek OBS De Regenboog');
    await user.click(within(form).getByRole('button', { name: 'Account aanmaken' }));

    const secret = await screen.findByRole('dialog', { name: 'Tijdelijk wachtwoord voor Anna Bakker' });
    expect(within(secret).getByTestId('temporary-password')).toHaveTextContent('Tijd-Wachtwoord-42');
    expect(secret).toHaveTextContent('Dit wordt maar één keer getoond.');
    expect(secret).toHaveTextContent('juf.anna');
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      username: 'juf.anna',
      displayName: 'Anna Bakker',
      role: 'SCHOOL_STAFF',
      locationId: 4,
    });
    await user.click(within(secret).getByRole('button', { name: 'Ik heb het bewaard' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // Gone for good: the list shows the account, never the password.
    expect(await screen.findByTestId('staff-accounts')).toHaveTextContent('Nog geen eigen wachtwoord');
    expect(screen.queryByText('Tijd-Wachtwoord-42')).toBeNull();
  });

  it('shows USERNAME_TAKEN in the form', async () => {
    mockApi({
      '/api/locations': () => json(allLocations),
      'GET /api/staff-accounts': () => json([]),
      'POST /api/staff-accounts': () => problem(409, 'USERNAME_TAKEN'),
    });
    loginAs('ADMIN');
    const user = userEvent.setup();
    renderAt('/balie/beheer/medewerkers', <StaffAccountsPage />);
    await user.click(await screen.findByRole('button', { name: 'Medewerker toevoegen' }));
    const form = screen.getByRole('dialog');
    await user.type(within(form).getByLabelText(/Gebruikersnaam/), 'admin');
    await user.type(within(form).getByLabelText(/^Naam/), 'Tweede beheerder');
    await user.selectOptions(within(form).getByLabelText(/^Rol/), 'ADMIN');
    expect(within(form).queryByLabelText(/^Locatie/)).toBeNull();
    await user.click(within(form).getByRole('button', { name: 'Account aanmaken' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Deze gebruikersnaam is al in gebruik.');
  });

  it('refuses to disable the last administrator, in words', async () => {
    mockApi({
      'GET /api/staff-accounts': () =>
        json([
          account({
            id: 1,
            username: 'beheerder',
            role: 'ADMIN',
            locationId: undefined,
            locationName: undefined,
          }),
        ]),
      'POST /api/staff-accounts/1/disable': () => problem(409, 'LAST_ADMINISTRATOR'),
    });
    loginAs('ADMIN');
    const user = userEvent.setup();
    renderAt('/balie/beheer/medewerkers', <StaffAccountsPage />);
    await user.click(await screen.findByRole('button', { name: /^Uitschakelen/ }));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Uitschakelen' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('laatste actieve beheerder');
  });

  it('resets a password and shows the new temporary password once', async () => {
    mockApi({
      'GET /api/staff-accounts': () => json([account({ mustChangePassword: false })]),
      'POST /api/staff-accounts/12/reset-password': () =>
        json({ temporaryPassword: 'Nieuw-Tijdelijk-7', validUntil: '2026-12-13T10:00:00Z' }),
    });
    loginAs('ADMIN');
    const user = userEvent.setup();
    renderAt('/balie/beheer/medewerkers', <StaffAccountsPage />);
    await user.click(await screen.findByRole('button', { name: /^Nieuw tijdelijk wachtwoord/ }));
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Nieuw tijdelijk wachtwoord' }),
    );
    expect(await screen.findByTestId('temporary-password')).toHaveTextContent('Nieuw-Tijdelijk-7');
  });
});
