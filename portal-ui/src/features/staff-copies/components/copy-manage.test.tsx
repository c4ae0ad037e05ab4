import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { CopyDetail, Role } from '../../../lib/api';
import { authStore } from '../../../lib/auth-store';
import { json, mockApi, problem, renderAt } from '../../../test/render';
import { allLocations, copyDetail, loginAs } from '../../../test/staff-fixtures';
import { CopyDetailPage } from './copy-detail-page';

const collections = [
  { id: 1, code: 'KBW-2026', name: 'Kinderboekenweek', defaultReservationBlock: 'NONE', copies: 4 },
];

function renderCopy(copy: CopyDetail, answer: () => Response, role: Role = 'LIBRARY_STAFF') {
  loginAs(role);
  const api = mockApi({
    'GET /api/copies/302000000002': () => json(copy),
    'POST /api/copies/302000000002/move': answer,
    'POST /api/copies/302000000002/withdraw': answer,
    '/api/special-passes': () => json([]),
    '/api/locations': () => json(allLocations),
    '/api/collections': () => json(collections),
  });
  renderAt('/balie/exemplaren/:barcode', <CopyDetailPage />, '/balie/exemplaren/302000000002');
  return api;
}

afterEach(() => authStore.clear());

describe('copy detail: move and withdraw', () => {
  it('moves a copy to another location of the organisation with a new shelf mark', async () => {
    const centrum = { id: 1, name: 'Bibliotheek Rivierenland Centrum', kind: 'BRANCH' as const };
    const moved = copyDetail({ ownerLocation: centrum, currentLocation: centrum, shelfMark: 'JE KUIJ' });
    const { calls } = renderCopy(copyDetail(), () => json(moved));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Verplaatsen' }));
    const dialog = screen.getByRole('dialog', { name: 'Exemplaar 302000000002 verplaatsen' });
    const location = within(dialog).getByLabelText(/Naar locatie/);
    await waitFor(() => expect(location).toHaveFocus());
    // The locations in scope but the one it is at now (Noord), and never another organisation's.
    expect(
      within(location)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Kies een locatie', 'Bibliotheek Rivierenland Centrum', 'Schoolbibliotheek OBS De Regenboog']);
    await user.click(within(dialog).getByRole('button', { name: 'Verplaatsen' }));
    expect(
      await within(dialog).findByText('Kies de locatie waar het exemplaar naartoe gaat.'),
    ).toBeInTheDocument();
    await user.selectOptions(location, 'Bibliotheek Rivierenland Centrum');
    await user.type(within(dialog).getByLabelText(/Nieuwe plaatsingscode/), 'JE KUIJ');
    await user.click(within(dialog).getByRole('button', { name: 'Verplaatsen' }));

    expect(await screen.findByText('Verplaatst naar Bibliotheek Rivierenland Centrum.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ locationId: 1, shelfMark: 'JE KUIJ' });
  });

  it('says in staff words why a copy on the hold shelf cannot move', async () => {
    renderCopy(copyDetail({ status: 'ON_HOLD_SHELF' }), () => problem(409, 'COPY_HELD_OR_IN_TRANSIT'));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Verplaatsen' }));
    const dialog = screen.getByRole('dialog');
    await user.selectOptions(
      within(dialog).getByLabelText(/Naar locatie/),
      'Bibliotheek Rivierenland Centrum',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Verplaatsen' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Dit exemplaar ligt klaar voor een reservering of is onderweg.',
    );
  });

  it('withdraws with a reason after a confirmation that tells what happens to the reservation', async () => {
    const reservation = {
      id: 10,
      kind: 'TITLE' as const,
      status: 'WAITING' as const,
      scope: 'LIBRARY' as const,
      title: copyDetail().title,
      pickupLocation: copyDetail().ownerLocation,
      placedAt: '2026-11-22T10:00:00Z',
      patron: { id: 2, name: 'Daan Jansen', groupName: 'groep 7' },
    };
    const withdrawn = copyDetail({
      status: 'WITHDRAWN',
      reservations: [],
      withdrawal: { at: '2026-12-05T10:30:00Z', by: 'bieb.noord', reason: 'Waterschade' },
    });
    const { calls } = renderCopy(copyDetail({ reservations: [reservation] }), () => json(withdrawn));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Afschrijven' }));
    const dialog = screen.getByRole('dialog', { name: 'Exemplaar 302000000002 afschrijven?' });
    expect(dialog).toHaveAccessibleDescription(/niemand kan het nog lenen of reserveren/);
    expect(dialog).toHaveAccessibleDescription(/titelreservering .* vooraan in de wachtrij/);
    await user.click(within(dialog).getByRole('button', { name: 'Afschrijven' }));
    expect(await within(dialog).findByText('Vul de reden in.')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText(/Reden/), 'Waterschade');
    await user.click(within(dialog).getByRole('button', { name: 'Afschrijven' }));

    const note = await screen.findByTestId('copy-withdrawn');
    expect(note).toHaveTextContent('Dit exemplaar is afgeschreven');
    expect(note).toHaveTextContent('door bieb.noord. Reden: Waterschade');
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ reason: 'Waterschade' });
    // A withdrawn copy has no block, reservation, move or withdraw actions.
    expect(screen.queryByRole('button', { name: 'Afschrijven' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Verplaatsen' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Exemplaar reserveren' })).toBeNull();
    expect(screen.queryByRole('radio', { name: '8 — niet reserveerbaar' })).toBeNull();
    expect(screen.getByText('Afgeschreven')).toBeInTheDocument();
  });

  it('says a copy on loan must be checked in before it is withdrawn', async () => {
    renderCopy(copyDetail({ status: 'ON_LOAN' }), () => problem(409, 'COPY_ON_LOAN'));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Afschrijven' }));
    const dialog = screen.getByRole('dialog');
    await user.type(within(dialog).getByLabelText(/Reden/), 'Kapot');
    await user.click(within(dialog).getByRole('button', { name: 'Afschrijven' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Dit exemplaar is uitgeleend. Neem het eerst in; daarna kun je het afschrijven.',
    );
  });
});

describe('copy detail: school staff', () => {
  it('offer only withdrawing: a school library has no other location to move a copy to', async () => {
    renderCopy(copyDetail(), () => problem(405, 'X'), 'SCHOOL_STAFF');
    expect(await screen.findByRole('heading', { name: 'Afschrijven' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Verplaatsen' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Afschrijven' })).toBeInTheDocument();
  });
});
