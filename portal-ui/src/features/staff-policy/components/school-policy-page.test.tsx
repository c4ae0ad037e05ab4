import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { SchoolPolicy } from '../../../lib/api';
import { authStore } from '../../../lib/auth-store';
import { json, mockApi, renderAt } from '../../../test/render';
import { loginAs } from '../../../test/staff-fixtures';
import { SchoolPolicyPage } from './school-policy-page';

const policy: SchoolPolicy = {
  schoolId: 1,
  schoolName: 'OBS De Regenboog',
  reserveAtSchool: true,
  reserveAtBranches: false,
  schoolOnlyCheckedOut: true,
  maxActiveReservations: 3,
  pickupDays: 5,
  updatedBy: 'admin',
  updatedAt: '2026-11-22T10:00:00Z',
};

const locations = [
  {
    id: 4,
    code: 'SB-REGENBOOG',
    name: 'Schoolbibliotheek OBS De Regenboog',
    kind: 'SCHOOL_LIBRARY',
    schoolId: 1,
  },
  { id: 1, code: 'BRL-CENTRUM', name: 'Bibliotheek Rivierenland Centrum', kind: 'BRANCH' },
];

afterEach(() => authStore.clear());

describe('school policy', () => {
  it('shows school staff their own school, read-only', async () => {
    mockApi({ '/api/locations': () => json(locations), '/api/schools/1/policy': () => json(policy) });
    authStore.setSession({
      accessToken: 't',
      tokenType: 'Bearer',
      expiresAt: new Date(Date.now() + 60_000).toISOString(),
      refreshToken: 'refresh-token',
      idleTimeoutSeconds: 1800,
      sessionExpiresAt: '2099-01-01T00:00:00Z',
      user: {
        id: 301,
        username: 'school.regenboog',
        displayName: 'Marieke',
        role: 'SCHOOL_STAFF',
        mustChangePassword: false,
        schoolId: 1,
      },
    });
    renderAt('/balie/schoolbeleid', <SchoolPolicyPage />);
    const facts = await screen.findByTestId('policy');
    expect(facts).toHaveTextContent('Leerlingen mogen reserveren in de schoolbiebJa');
    expect(facts).toHaveTextContent('Leerlingen mogen reserveren in de bibliotheek (vestigingen)Nee');
    expect(screen.queryByRole('button', { name: 'Opslaan' })).toBeNull();
  });

  it('lets library staff change it', async () => {
    const { calls } = mockApi({
      '/api/locations': () => json(locations),
      '/api/schools/1/policy': ({ method, body }) =>
        method === 'PUT' ? json({ ...policy, ...body, updatedBy: 'bieb.centrum' }) : json(policy),
    });
    loginAs('LIBRARY_STAFF');
    const user = userEvent.setup();
    renderAt('/balie/schoolbeleid', <SchoolPolicyPage />);
    await user.click(await screen.findByRole('checkbox', { name: /reserveren in de bibliotheek/ }));
    const max = screen.getByRole('spinbutton', { name: /Hoogste aantal/ });
    await user.clear(max);
    await user.type(max, '99');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(screen.getByText('Kies een aantal van 1 tot en met 50.')).toBeInTheDocument();
    await user.clear(max);
    await user.type(max, '4');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(screen.getByText('Het schoolbeleid is opgeslagen.')).toBeInTheDocument());
    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.body).toEqual({
      reserveAtSchool: true,
      reserveAtBranches: true,
      schoolOnlyCheckedOut: true,
      maxActiveReservations: 4,
      pickupDays: 5,
    });
    expect(screen.getByText(/Laatst gewijzigd door bieb.centrum/)).toBeInTheDocument();
  });
});
