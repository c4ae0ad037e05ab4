import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MyReservations as Mine } from '../../../lib/api';
import { json, mockApi, problem, renderAt } from '../../../test/render';
import { CENTRUM, myReservations, reservation, studentOnFrozenDay } from '../../../test/student-fixtures';
import { MyReservations } from './my-reservations';

const waiting = reservation({ id: 12, position: 2, estimatedDate: '2026-12-04' });
const inTransit = reservation({
  id: 13,
  status: 'IN_TRANSIT',
  scope: 'LIBRARY',
  pickupLocation: CENTRUM,
  position: undefined,
  estimatedDate: undefined,
  title: { id: 2, title: 'De Griezelbus', authors: 'Paul van Loon' },
});
const ready = reservation({
  id: 14,
  status: 'READY',
  pickupBy: '2026-12-04',
  position: undefined,
  estimatedDate: undefined,
  title: { id: 3, title: 'Minoes', authors: 'Annie M.G. Schmidt; Carl Hollander' },
});

/** Serves GET /api/me/reservations from `state` (changed by the handlers, like the service would). */
function serve(state: { mine: Mine }, extra: Parameters<typeof mockApi>[0] = {}) {
  return mockApi({ '/api/me/reservations': () => json(state.mine), ...extra });
}

describe('my reservations (mijn gegevens)', () => {
  studentOnFrozenDay();

  it('shows the ready book first, with where and its last day, and lists it first in its group', async () => {
    serve({ mine: myReservations([waiting, ready], [inTransit]) });
    renderAt('/mijn-gegevens', <MyReservations />);

    const school = await screen.findByRole('region', { name: 'Schoolbibliotheek' });
    const readyBox = screen.getByTestId('ready-pickup');
    expect(readyBox).toHaveAccessibleName('Klaar om op te halen!');
    expect(within(readyBox).getByRole('link', { name: 'Minoes' })).toHaveAttribute(
      'href',
      '/mijn-gegevens#reservering-14',
    );
    expect(
      within(readyBox).getByText(
        'Haal het op in de schoolbibliotheek. Het ligt daar tot en met vrijdag 4 december.',
      ),
    ).toBeInTheDocument();
    // The ready box comes before the groups; in its group the ready book comes first.
    expect(readyBox.compareDocumentPosition(school) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(school.querySelector('h4')).toHaveTextContent('Minoes');
  });

  it('explains pausing and "niet meer nodig na" in a short hint tied to the buttons', async () => {
    serve({ mine: myReservations([waiting], []) });
    renderAt('/mijn-gegevens', <MyReservations />);

    const pause = await screen.findByRole('button', { name: /^Pauzeren: / });
    expect(pause).toHaveAccessibleDescription(
      'Je houdt je plek in de rij, maar je wordt even overgeslagen. Handig in de vakantie.',
    );
    expect(screen.getByRole('button', { name: /^Niet meer nodig na…: / })).toHaveAccessibleDescription(
      'Kies een dag. Heb je het boek dan nog niet, dan stopt je reservering vanzelf.',
    );
    expect(screen.queryByRole('region', { name: 'Klaar om op te halen!' })).toBeNull();
  });

  it('splits school library and library, each status in words', async () => {
    serve({ mine: myReservations([waiting, ready], [inTransit]) });
    renderAt('/mijn-gegevens', <MyReservations />);

    const school = await screen.findByRole('region', { name: 'Schoolbibliotheek' });
    const library = screen.getByRole('region', { name: 'Bibliotheek' });
    expect(
      within(school).getByText('Je staat op plek 2 in de rij · verwacht rond vrijdag 4 december'),
    ).toBeInTheDocument();
    expect(within(school).getByText('Ophalen in de schoolbibliotheek')).toBeInTheDocument();
    expect(
      within(school).getByText('Ligt klaar in de schoolbibliotheek tot en met vrijdag 4 december'),
    ).toBeInTheDocument();
    expect(within(school).getByText('Annie M.G. Schmidt en Carl Hollander')).toBeInTheDocument();
    expect(within(library).getByText('Onderweg naar Bibliotheek Rivierenland Centrum')).toBeInTheDocument();
    expect(within(school).getAllByText('Gereserveerd op vrijdag 20 november')).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Dolfje Weerwolfje' })).toHaveAttribute('href', '/titels/1');
  });

  it('offers pause and "niet meer nodig na" only while waiting; cancel always', async () => {
    serve({ mine: myReservations([waiting, ready]) });
    renderAt('/mijn-gegevens', <MyReservations />);

    expect(await screen.findByRole('button', { name: 'Pauzeren: Dolfje Weerwolfje' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Niet meer nodig na…: Dolfje Weerwolfje' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Annuleren: Minoes' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Pauzeren: Minoes' })).toBeNull();
  });

  it('says so when there are none', async () => {
    serve({ mine: myReservations() });
    renderAt('/mijn-gegevens', <MyReservations />);

    expect(
      await screen.findByText('Je hebt geen reserveringen in de schoolbibliotheek.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Je hebt geen reserveringen in de bibliotheek.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zoek een boek om te reserveren' })).toBeInTheDocument();
  });

  it('cancels after confirmation (POST …/cancel with {}), then tells and moves focus to the heading', async () => {
    const user = userEvent.setup();
    const state = { mine: myReservations([waiting]) };
    const { calls } = serve(state, {
      '/api/reservations/12/cancel': () => {
        state.mine = myReservations();
        return json({ ...waiting, status: 'CANCELLED' });
      },
    });
    renderAt('/mijn-gegevens', <MyReservations />);

    await user.click(await screen.findByRole('button', { name: 'Annuleren: Dolfje Weerwolfje' }));
    const dialog = screen.getByRole('dialog', { name: 'Reservering annuleren' });
    expect(dialog).toHaveAccessibleDescription(
      'Weet je zeker dat je je reservering van “Dolfje Weerwolfje” wilt annuleren?',
    );
    expect(within(dialog).getByRole('button', { name: 'Nee, houden' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Ja, annuleren' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Je reservering van “Dolfje Weerwolfje” is geannuleerd.',
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByRole('link', { name: 'Dolfje Weerwolfje' })).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'Mijn reserveringen' })).toHaveFocus();
    const cancel = calls.find((c) => c.url.pathname === '/api/reservations/12/cancel');
    expect(cancel?.method).toBe('POST');
    expect(cancel?.body).toEqual({});
  });

  it('"Nee, houden" keeps it, and focus goes back to the button', async () => {
    const user = userEvent.setup();
    const { calls } = serve({ mine: myReservations([waiting]) });
    renderAt('/mijn-gegevens', <MyReservations />);

    const button = await screen.findByRole('button', { name: 'Annuleren: Dolfje Weerwolfje' });
    await user.click(button);
    await user.click(screen.getByRole('button', { name: 'Nee, houden' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button).toHaveFocus();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('warns that a ready book goes to the next in line', async () => {
    const user = userEvent.setup();
    serve({ mine: myReservations([ready]) });
    renderAt('/mijn-gegevens', <MyReservations />);

    await user.click(await screen.findByRole('button', { name: 'Annuleren: Minoes' }));
    expect(screen.getByRole('dialog')).toHaveTextContent('gaat het naar de volgende in de rij');
  });

  it('shows a refused cancel in words inside the dialog', async () => {
    const user = userEvent.setup();
    serve(
      { mine: myReservations([waiting]) },
      { '/api/reservations/12/cancel': () => problem(409, 'CONFLICT') },
    );
    renderAt('/mijn-gegevens', <MyReservations />);

    await user.click(await screen.findByRole('button', { name: 'Annuleren: Dolfje Weerwolfje' }));
    await user.click(screen.getByRole('button', { name: 'Ja, annuleren' }));

    const alert = await within(screen.getByRole('dialog')).findByRole('alert');
    expect(alert).toHaveTextContent('Iemand anders heeft dit net veranderd');
  });

  it('pauses until a date (checked before sending), then resumes', async () => {
    const user = userEvent.setup();
    const state = { mine: myReservations([waiting]) };
    const { calls } = serve(state, {
      '/api/reservations/12/suspend': ({ body }) => {
        const { until } = body as { until: string };
        state.mine = myReservations([{ ...waiting, suspendedUntil: until }]);
        return json(state.mine.school[0]);
      },
      '/api/reservations/12/resume': () => {
        state.mine = myReservations([waiting]);
        return json(waiting);
      },
    });
    renderAt('/mijn-gegevens', <MyReservations />);

    await user.click(await screen.findByRole('button', { name: 'Pauzeren: Dolfje Weerwolfje' }));
    const dialog = screen.getByRole('dialog', { name: 'Reservering pauzeren' });
    const field = within(dialog).getByLabelText('Pauzeren tot en met');
    expect(field).toHaveFocus();

    await user.clear(field);
    await user.type(field, '2026-11-22');
    await user.click(within(dialog).getByRole('button', { name: 'Pauzeren' }));
    expect(within(dialog).getByText('Kies een dag na vandaag.')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(calls.some((c) => c.url.pathname.endsWith('/suspend'))).toBe(false);

    await user.clear(field);
    await user.type(field, '2026-12-11');
    await user.click(within(dialog).getByRole('button', { name: 'Pauzeren' }));

    expect(await screen.findByText('Gepauzeerd tot en met vrijdag 11 december')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('is gepauzeerd tot en met vrijdag 11 december');
    const suspend = calls.find((c) => c.url.pathname === '/api/reservations/12/suspend');
    expect(suspend?.body).toEqual({ until: '2026-12-11' });

    await user.click(screen.getByRole('button', { name: 'Weer meedoen: Dolfje Weerwolfje' }));
    expect(await screen.findByRole('button', { name: 'Pauzeren: Dolfje Weerwolfje' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('doet weer mee');
    expect(calls.find((c) => c.url.pathname === '/api/reservations/12/resume')?.method).toBe('POST');
  });

  it('sets and removes "niet meer nodig na" (PUT {date}, then {}: no date)', async () => {
    const user = userEvent.setup();
    const state = { mine: myReservations([waiting]) };
    const { calls } = serve(state, {
      '/api/reservations/12/not-needed-after': ({ body }) => {
        const { date } = body as { date?: string };
        state.mine = myReservations([{ ...waiting, notNeededAfter: date }]);
        return json(state.mine.school[0]);
      },
    });
    renderAt('/mijn-gegevens', <MyReservations />);

    await user.click(await screen.findByRole('button', { name: 'Niet meer nodig na…: Dolfje Weerwolfje' }));
    const field = within(screen.getByRole('dialog')).getByLabelText('Niet meer nodig na');
    await user.clear(field);
    await user.type(field, '2027-01-15');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Niet meer nodig na vrijdag 15 januari 2027')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Niet meer nodig na…: Dolfje Weerwolfje' }));
    await user.click(screen.getByRole('button', { name: 'Datum weghalen' }));
    await waitFor(() => expect(screen.queryByText(/Niet meer nodig na vr/)).toBeNull());

    const puts = calls.filter((c) => c.method === 'PUT').map((c) => c.body);
    expect(puts).toEqual([{ date: '2027-01-15' }, {}]);
  });

  it('brings the reservation of a message (#reservering-14) into focus', async () => {
    serve({ mine: myReservations([waiting, ready]) });
    renderAt('/mijn-gegevens', <MyReservations />, '/mijn-gegevens#reservering-14');

    const card = await screen.findByText('Ligt klaar in de schoolbibliotheek tot en met vrijdag 4 december');
    await waitFor(() => expect(card.closest('li')).toHaveFocus());
    expect(card.closest('li')).toHaveClass('is-highlighted');
  });

  it('shows a friendly error and a retry when the list fails', async () => {
    mockApi({ '/api/me/reservations': () => Response.error() });
    renderAt('/mijn-gegevens', <MyReservations />);

    expect(await screen.findByRole('alert')).toHaveTextContent('We kunnen de bieb even niet bereiken');
    expect(screen.getByRole('button', { name: 'Probeer opnieuw' })).toBeInTheDocument();
  });

  it('speaks English', async () => {
    serve({ mine: myReservations([waiting, ready], [inTransit]) });
    renderAt('/mijn-gegevens', <MyReservations />, '/mijn-gegevens', 'en');

    expect(await screen.findByRole('region', { name: 'School library' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'My reservations' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Public library' })).toBeInTheDocument();
    expect(
      screen.getByText('You are number 2 in line · expected around Friday 4 December'),
    ).toBeInTheDocument();
    expect(screen.getByText('Ready at the school library until Friday 4 December')).toBeInTheDocument();
    expect(screen.getByText('On its way to Bibliotheek Rivierenland Centrum')).toBeInTheDocument();
    expect(screen.getByText('Pick up at the school library')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel: Minoes' })).toBeInTheDocument();
  });
});
