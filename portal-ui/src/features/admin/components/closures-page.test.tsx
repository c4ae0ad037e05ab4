import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Closure } from '../../../lib/api';
import { authStore } from '../../../lib/auth-store';
import { isoDayFromNow } from '../../../lib/format';
import { json, mockApi, problem, renderAt } from '../../../test/render';
import { allLocations, location, loginAs } from '../../../test/staff-fixtures';
import { ClosuresPage } from './closures-page';

const locations = [
  ...allLocations,
  { ...location(5, 'Schoolbibliotheek CBS De Wegwijzer', 'SCHOOL_LIBRARY'), schoolId: 2 },
  { ...location(6, 'Bibliotheek Oud', 'BRANCH'), active: false },
];

const from = isoDayFromNow(10);
const to = isoDayFromNow(14);

function closure(overrides: Partial<Closure> = {}): Closure {
  return {
    id: 31,
    from,
    to,
    reason: 'Kerstvakantie',
    locations: [{ id: 4, code: 'SB-REGENBOOG', name: 'Schoolbibliotheek OBS De Regenboog' }],
    createdAt: '2026-12-01T10:00:00Z',
    createdBy: 'beheerder',
    ...overrides,
  };
}

afterEach(() => authStore.clear());

describe('closures', () => {
  it('closes many locations at once and says how many pickup dates moved', async () => {
    const { calls } = mockApi({
      '/api/locations': () => json(locations),
      'GET /api/closures': () => json([]),
      'POST /api/closures': ({ body }) =>
        json(
          {
            closure: closure({
              reason: body.reason,
              locations: body.locationIds.map((id: number) => ({ id, code: `L${id}`, name: `L${id}` })),
            }),
            pickupDatesMoved: 3,
          },
          201,
        ),
    });
    loginAs('ADMIN');
    const user = userEvent.setup();
    renderAt('/balie/beheer/sluitingen', <ClosuresPage />);
    await user.type(await screen.findByLabelText(/^Van/), from);
    await user.type(screen.getByLabelText(/^Tot en met/), to);
    await user.type(screen.getByLabelText(/^Reden/), 'Kerstvakantie');
    // Another organisation's branch is in an administrator's scope too; an inactive location is not offered.
    expect(screen.queryByRole('checkbox', { name: 'Bibliotheek Oud' })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Alle schoolbibliotheken' }));
    await user.click(screen.getByRole('checkbox', { name: 'Bibliotheek Rivierenland Noord' }));
    expect(screen.getByRole('checkbox', { name: 'Schoolbibliotheek CBS De Wegwijzer' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Sluiting opslaan' }));
    const result = await screen.findByTestId('closure-result');
    await waitFor(() => expect(result).toHaveTextContent('De sluiting is opgeslagen voor 3 locaties.'));
    expect(result).toHaveTextContent('3 ophaaldatums zijn verschoven naar de eerste open dag.');
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.body).toEqual({ from, to, reason: 'Kerstvakantie', locationIds: [2, 4, 5] });
    // The form starts afresh; the list is asked again.
    expect(screen.getByRole('checkbox', { name: 'Schoolbibliotheek CBS De Wegwijzer' })).not.toBeChecked();
    expect(calls.filter((c) => c.method === 'GET' && c.url.pathname === '/api/closures').length).toBe(2);
  });

  it('asks for at least one location and a sensible period before sending', async () => {
    const { calls } = mockApi({
      '/api/locations': () => json(locations),
      'GET /api/closures': () => json([]),
    });
    loginAs('ADMIN');
    const user = userEvent.setup();
    renderAt('/balie/beheer/sluitingen', <ClosuresPage />);
    await user.type(await screen.findByLabelText(/^Van/), to);
    await user.type(screen.getByLabelText(/^Tot en met/), from);
    await user.type(screen.getByLabelText(/^Reden/), 'Studiedag');
    await user.click(screen.getByRole('button', { name: 'Sluiting opslaan' }));
    expect(screen.getByText('De einddatum mag niet voor de begindatum liggen.')).toBeInTheDocument();
    await user.clear(screen.getByLabelText(/^Tot en met/));
    await user.type(screen.getByLabelText(/^Tot en met/), to);
    await user.click(screen.getByRole('button', { name: 'Sluiting opslaan' }));
    expect(await screen.findByText('Kies minstens één locatie.')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('offers school staff only their own school library, and shows a refusal', async () => {
    const { calls } = mockApi({
      '/api/locations': () => json(locations),
      'GET /api/closures': () => json([closure()]),
      'POST /api/closures': () => problem(403, 'FORBIDDEN'),
    });
    loginAs('SCHOOL_STAFF');
    const user = userEvent.setup();
    renderAt('/balie/beheer/sluitingen', <ClosuresPage />);
    const own = await screen.findByRole('checkbox', { name: 'Schoolbibliotheek OBS De Regenboog' });
    expect(own).toBeChecked();
    expect(screen.queryByRole('checkbox', { name: /Rivierenland/ })).toBeNull();
    expect(screen.queryByRole('checkbox', { name: /Wegwijzer/ })).toBeNull();
    await user.type(screen.getByLabelText(/^Van/), from);
    await user.type(screen.getByLabelText(/^Tot en met/), from);
    await user.type(screen.getByLabelText(/^Reden/), 'Studiedag');
    await user.click(screen.getByRole('button', { name: 'Sluiting opslaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Dit mag je niet bekijken of doen');
    expect(calls.find((c) => c.method === 'POST')?.body.locationIds).toEqual([4]);
  });

  it('deletes a closure after confirmation', async () => {
    const { calls } = mockApi({
      '/api/locations': () => json(locations),
      'GET /api/closures': () => json([closure()]),
      'DELETE /api/closures/31': () => new Response(null, { status: 204 }),
    });
    loginAs('ADMIN');
    const user = userEvent.setup();
    renderAt('/balie/beheer/sluitingen', <ClosuresPage />);
    const table = await screen.findByTestId('closures');
    expect(table).toHaveTextContent('Kerstvakantie');
    expect(table).toHaveTextContent('Schoolbibliotheek OBS De Regenboog');
    await user.click(within(table).getByRole('button', { name: /Verwijderen/ }));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByRole('button', { name: 'Annuleren' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Verwijderen' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'DELETE')).toBe(true));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
