import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LoginCards, SchoolStudent } from '../../../lib/api';
import { authStore } from '../../../lib/auth-store';
import { json, mockApi, renderRoutes } from '../../../test/render';
import { loginAs } from '../../../test/staff-fixtures';
import { loginCards, setLoginCards } from '../api/login-cards-store';
import { LoginCardsPage } from './login-cards-page';
import { StudentsPage } from './students-page';

const cards: LoginCards = {
  schoolName: 'OBS De Regenboog',
  groupName: '6B',
  validUntil: '2027-01-05T12:00:00Z',
  cards: [
    {
      patronId: 11,
      firstName: 'Sanne',
      lastName: 'de Vries',
      groupName: '6B',
      username: 'sanne.devries',
      startCode: 'ABCD2345',
    },
    {
      patronId: 12,
      firstName: 'Daan',
      lastName: 'Jansen',
      groupName: '6B',
      username: 'daan.jansen',
      startCode: 'XYZW6789',
    },
  ],
};

function student(overrides: Partial<SchoolStudent> = {}): SchoolStudent {
  return {
    patronId: 11,
    studentNumber: '2024-0137',
    firstName: 'Sanne',
    lastName: 'de Vries',
    groupName: '6B',
    active: true,
    username: 'sanne.devries',
    login: 'NONE',
    ...overrides,
  };
}

function renderStudents(url = '/balie/beheer/leerlingen') {
  return renderRoutes(
    [
      { path: '/balie/beheer/leerlingen', element: <StudentsPage /> },
      { path: '/balie/beheer/leerlingen/inlogkaarten', element: <LoginCardsPage /> },
    ],
    { url },
  );
}

afterEach(() => {
  authStore.clear();
  setLoginCards(null);
  vi.restoreAllMocks();
});

describe('students and login cards', () => {
  it('prints the cards of a group: school, name, group, username, start code, where and until when', async () => {
    const { calls } = mockApi({
      'GET /api/schools/1/groups': () =>
        json([
          { name: '6B', students: 2, withoutPassword: 2 },
          { name: '7A', students: 25, withoutPassword: 0 },
        ]),
      'POST /api/schools/1/login-cards': () => json(cards, 200, { 'Cache-Control': 'no-store' }),
    });
    authStore.setSession({
      accessToken: 'test-token',
      tokenType: 'Bearer',
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      refreshToken: 'refresh-token',
      idleTimeoutSeconds: 1800,
      sessionExpiresAt: '2099-01-01T00:00:00Z',
      user: {
        id: 301,
        username: 'school.regenboog',
        displayName: 'Marieke',
        role: 'SCHOOL_STAFF',
        schoolId: 1,
        locationId: 4,
        mustChangePassword: false,
      },
    });
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const user = userEvent.setup();
    const { router } = renderStudents();
    const groups = await screen.findByTestId('student-groups');
    expect(groups).toHaveTextContent('6B22');
    await user.click(within(groups).getByRole('button', { name: /Inlogkaarten printen\s*6B/ }));

    const list = await screen.findByTestId('login-cards');
    expect(router.state.location.pathname).toBe('/balie/beheer/leerlingen/inlogkaarten');
    // Never in the address.
    expect(router.state.location.search).toBe('');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('OBS De Regenboog');
    expect(items[0]).toHaveTextContent('Sanne de Vries');
    expect(items[0]).toHaveTextContent('6B');
    expect(items[0]).toHaveTextContent('sanne.devries');
    expect(items[0]).toHaveTextContent('ABCD2345');
    expect(items[0]).toHaveTextContent(`Log in op ${window.location.origin}/inloggen`);
    expect(items[0]).toHaveTextContent('Startcode geldig tot 5 januari 2027');
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      groupName: '6B',
      onlyWithoutPassword: true,
    });
    // Nothing of it in storage.
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('ABCD2345');
    expect(JSON.stringify({ ...localStorage })).not.toContain('ABCD2345');

    await user.click(screen.getByRole('button', { name: 'Printen' }));
    expect(print).toHaveBeenCalled();
  });

  it('says so when everyone in the group has a password already', async () => {
    mockApi({
      'GET /api/schools': () =>
        json([
          {
            id: 1,
            organisationId: 1,
            brin: '12AB',
            name: 'OBS De Regenboog',
            active: true,
            studentUsernameRule: 'FIRST_NAME_LAST_NAME',
            libraryLocationId: 4,
            createdAt: '2026-01-01T00:00:00Z',
          },
        ]),
      'GET /api/schools/1/groups': () => json([{ name: '7A', students: 25, withoutPassword: 0 }]),
      'POST /api/schools/1/login-cards': () => json({ ...cards, groupName: '7A', cards: [] }),
    });
    loginAs('ADMIN');
    const user = userEvent.setup();
    const { router } = renderStudents();
    await user.click(await screen.findByRole('button', { name: /Inlogkaarten printen\s*7A/ }));
    expect(
      await screen.findByText('Geen kaarten gemaakt: alle leerlingen van 7A hebben al een eigen wachtwoord.'),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/balie/beheer/leerlingen');
  });

  it('gives one student a new start code: one card', async () => {
    mockApi({
      'GET /api/schools': () =>
        json([
          {
            id: 1,
            organisationId: 1,
            brin: '12AB',
            name: 'OBS De Regenboog',
            active: true,
            studentUsernameRule: 'FIRST_NAME_LAST_NAME',
            libraryLocationId: 4,
            createdAt: '2026-01-01T00:00:00Z',
          },
        ]),
      'GET /api/schools/1/groups': () => json([{ name: '6B', students: 1, withoutPassword: 0 }]),
      'GET /api/schools/1/students': () => json([student({ login: 'PASSWORD' })]),
      'POST /api/students/11/login-card': () => json({ ...cards, cards: cards.cards.slice(0, 1) }),
    });
    loginAs('ADMIN');
    const user = userEvent.setup();
    renderStudents('/balie/beheer/leerlingen?school=1&group=6B');
    const students = await screen.findByTestId('group-students');
    expect(students).toHaveTextContent('sanne.devries');
    expect(students).toHaveTextContent('Eigen wachtwoord');
    await user.click(within(students).getByRole('button', { name: /Nieuwe startcode/ }));
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveTextContent('Sanne de Vries heeft al een eigen wachtwoord.');
    await user.click(within(dialog).getByRole('button', { name: 'Startcode maken' }));
    const list = await screen.findByTestId('login-cards');
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
  });

  it('shows no cards after a reload (the codes lived only in memory) and forgets them on logout', async () => {
    loginAs('SCHOOL_STAFF');
    setLoginCards({ schoolId: 1, cards });
    authStore.clear();
    expect(loginCards()).toBeNull();
    loginAs('SCHOOL_STAFF');
    renderStudents('/balie/beheer/leerlingen/inlogkaarten');
    await waitFor(() =>
      expect(screen.getByText(/Er zijn geen inlogkaarten om te printen/)).toBeInTheDocument(),
    );
  });
});
