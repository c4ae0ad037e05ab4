import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Me } from '../../../lib/api';
import type { MyNotifications } from '../../../lib/notification-api';
import { json, mockApi, renderAt } from '../../../test/render';
import { loan, studentOnFrozenDay } from '../../../test/student-fixtures';
import { AccountPage } from './account-page';

const sanne: Me = {
  id: 1,
  username: 'sanne',
  displayName: 'Sanne de Vries',
  role: 'STUDENT',
  schoolId: 1,
  schoolName: 'OBS De Regenboog',
  student: {
    patronId: 1,
    firstName: 'Sanne',
    lastName: 'de Vries',
    groupName: 'groep 6',
    libraryLink: false,
  },
};

/** No parentEmail (nor consentAt): the school has no address of the parents; the service leaves them out. */
const noAddress: MyNotifications = {
  language: 'nl',
  events: [
    { event: 'RESERVATION_PLACED', enabled: false },
    { event: 'RESERVATION_READY', enabled: false },
    { event: 'PICKUP_REMINDER', enabled: false },
    { event: 'RESERVATION_EXPIRED', enabled: false },
    { event: 'RESERVATION_CANCELLED', enabled: false },
  ],
};

describe('mijn gegevens', () => {
  studentOnFrozenDay();

  it('shows the reservations slot, the loans (overdue marked) and the profile of a student', async () => {
    mockApi({
      '/api/me': () => json(sanne),
      '/api/me/notifications': () => json(noAddress),
      '/api/me/loans': () =>
        json([
          loan(),
          loan({
            id: 23,
            title: { id: 9, title: 'Harry Potter en de Geheime Kamer', authors: 'J.K. Rowling' },
            dueDate: '2026-11-20',
            overdue: true,
          }),
        ]),
    });
    renderAt('/mijn-gegevens', <AccountPage reservations={<p>the reservations</p>} />);

    expect(await screen.findByText('the reservations')).toBeInTheDocument();
    const loans = screen.getByRole('region', { name: 'Geleend' });
    const items = await within(loans).findAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Harry Potter en de Geheime Kamer');
    expect(items[0]).toHaveTextContent('Te laat! Dit boek moest uiterlijk vrijdag 20 november terug.');
    expect(items[1]).toHaveTextContent('Terugbrengen uiterlijk zaterdag 28 november');
    expect(items[1]).toHaveTextContent('Geleend bij Schoolbibliotheek OBS De Regenboog');

    const profile = screen.getByRole('region', { name: 'Over mij' });
    expect(within(profile).getByText('OBS De Regenboog')).toBeInTheDocument();
    expect(within(profile).getByText('groep 6')).toBeInTheDocument();
    expect(within(profile).getByText('Gekoppeld aan de bibliotheek').nextSibling).toHaveTextContent('Nee');
    expect(within(profile).getByText('Geen abonnement')).toBeInTheDocument();
  });

  it.each([
    [true, 'Bibliotheek Rivierenland Centrum, geldig tot 10 juli 2027'],
    [false, 'Verlopen op 10 juli 2027'],
  ])('shows the membership (valid: %s) and an empty loan list', async (valid, text) => {
    const membership = {
      cardNumber: '2041',
      homeBranchId: 1,
      homeBranchName: 'Bibliotheek Rivierenland Centrum',
      validUntil: '2027-07-10',
      valid,
    };
    mockApi({
      '/api/me': () => json({ ...sanne, student: { ...sanne.student, libraryLink: true, membership } }),
      '/api/me/loans': () => json([]),
      '/api/me/notifications': () => json(noAddress),
    });
    renderAt('/mijn-gegevens', <AccountPage />);

    expect(await screen.findByText(text)).toBeInTheDocument();
    expect(await screen.findByText('Je hebt nu geen boeken geleend.')).toBeInTheDocument();
  });

  it('shows staff only who they are (no loans, no reservations)', async () => {
    const { calls } = mockApi({
      '/api/me': () =>
        json({ id: 9, username: 'school.regenboog', displayName: 'Marieke de Graaf', role: 'SCHOOL_STAFF' }),
    });
    renderAt('/mijn-gegevens', <AccountPage reservations={<p>the reservations</p>} />);

    expect(await screen.findByText('Marieke de Graaf')).toBeInTheDocument();
    expect(screen.queryByText('the reservations')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Geleend' })).toBeNull();
    expect(calls.map((c) => c.url.pathname)).toEqual(['/api/me']);
    expect(screen.queryByRole('region', { name: 'Meldingen aan je ouders' })).toBeNull();
  });
});
