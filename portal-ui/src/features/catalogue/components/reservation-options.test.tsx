import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReservationOptions as Options, TitleDetail } from '../../../lib/api';
import { authStore } from '../../../lib/auth-store';
import { titleDetail } from '../../../test/fixtures';
import { json, mockApi, problem, renderRoutes } from '../../../test/render';
import {
  CENTRUM,
  freezeToday,
  logInAs,
  NOORD,
  option,
  reservation,
  SCHOOL,
} from '../../../test/student-fixtures';
import { ReservationOptions } from './reservation-options';

function Page({ title }: { title: TitleDetail }) {
  return (
    <main>
      <h1>{title.title}</h1>
      <ReservationOptions title={title} />
    </main>
  );
}

/** The title page's slot, with GET /api/titles/1 answering these options (for the logged-in student). */
function renderOptions(
  options: Options | undefined,
  { url = '/titels/1', locale, post }: { url?: string; locale?: 'nl' | 'en'; post?: () => Response } = {},
) {
  const title = titleDetail({ reservationOptions: options });
  const stub = mockApi({
    '/api/titles/1': () => json(title),
    '/api/reservations': () =>
      post?.() ?? json(reservation({ position: 1, estimatedDate: '2026-12-04' }), 201),
  });
  const rendered = renderRoutes(
    [
      { path: '/titels/:id', element: <Page title={title} /> },
      { path: '/inloggen', element: <p>login page</p> },
      { path: '/mijn-gegevens', element: <p>account page</p> },
    ],
    { url, locale },
  );
  return { ...stub, ...rendered };
}

const reserveSection = () => screen.findByRole('region', { name: 'Reserveren' });

describe('reservation options on the title page', () => {
  beforeEach(() => freezeToday());
  afterEach(() => {
    cleanup(); // unmount before logging out, so the logout does not re-render outside act()
    authStore.clear();
    vi.useRealTimers();
  });

  it('logged out: one "Reserveer" that goes to login and back with the dialog flag', async () => {
    const { calls } = renderOptions(undefined);

    const section = await reserveSection();
    expect(within(section).getByText('Log in om dit boek te reserveren.')).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Reserveer' })).toHaveAttribute(
      'href',
      '/inloggen?returnTo=%2Ftitels%2F1%3Freserve%3D1',
    );
    expect(calls).toHaveLength(0);
  });

  it('a button per allowed option, named after the place', async () => {
    logInAs();
    renderOptions({ options: [option(SCHOOL), option(CENTRUM)] });

    const section = await reserveSection();
    expect(
      await within(section).findByRole('button', { name: 'Reserveer in de schoolbibliotheek' }),
    ).toBeInTheDocument();
    expect(
      within(section).getByRole('button', { name: 'Reserveer in Bibliotheek Rivierenland Centrum' }),
    ).toBeInTheDocument();
  });

  it.each([
    ['AVAILABLE_ON_SHELF', SCHOOL, 'Dit boek staat in de kast — je kunt het zo pakken.'],
    ['LIBRARY_LINK_MISSING', CENTRUM, 'Je account is niet gekoppeld aan de bibliotheek'],
    ['LIBRARY_MEMBERSHIP_REQUIRED', CENTRUM, 'geen geldig bibliotheekabonnement'],
    ['TITLE_NOT_RESERVABLE', CENTRUM, 'Dit boek kun je hier niet reserveren.'],
    ['DUPLICATE_RESERVATION', SCHOOL, 'Je hebt dit boek al gereserveerd.'],
    ['RESERVATION_LIMIT_REACHED', SCHOOL, 'Je mag 3 boeken tegelijk reserveren.'],
    ['RESERVATIONS_NOT_ALLOWED', CENTRUM, 'Je school staat reserveren hier niet toe.'],
    ['PICKUP_LOCATION_INVALID', CENTRUM, 'Hier kun je dit boek niet ophalen.'],
    ['SOMETHING_NEW', CENTRUM, 'Hier kun je dit boek nu niet reserveren.'],
  ] as const)('a refused option (%s) shows the reason in words, not a button', async (code, place, text) => {
    logInAs();
    renderOptions({
      options: [option(place, { allowed: false, reasonCode: code, reason: 'Raw English reason.', limit: 3 })],
    });

    const section = await reserveSection();
    expect(await within(section).findByText(new RegExp(text))).toBeInTheDocument();
    expect(within(section).getByText(place.name)).toBeInTheDocument();
    expect(within(section).queryByRole('button')).toBeNull();
    expect(section).not.toHaveTextContent('Raw English reason.');
    expect(section).not.toHaveTextContent(code);
  });

  it('groups branches refused for the same reason', async () => {
    logInAs();
    const refused = { allowed: false, reasonCode: 'LIBRARY_LINK_MISSING' };
    renderOptions({ options: [option(SCHOOL), option(CENTRUM, refused), option(NOORD, refused)] });

    const section = await reserveSection();
    expect(
      await within(section).findByText('Bibliotheek Rivierenland Centrum en Bibliotheek Rivierenland Noord'),
    ).toBeInTheDocument();
    expect(within(section).getAllByText(/niet gekoppeld aan de bibliotheek/)).toHaveLength(1);
  });

  it('says why, without a button, when the school allows no reserving (empty options)', async () => {
    logInAs();
    const { calls } = renderOptions({ options: [] });

    await waitFor(() => expect(calls).not.toHaveLength(0));
    const section = await screen.findByRole('region', { name: 'Reserveren' });
    expect(within(section).getByText(/Op jouw school kun je geen boeken reserveren/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Reserveer/ })).toBeNull();
  });

  it('shows nothing for staff', async () => {
    logInAs('SCHOOL_STAFF');
    const { calls } = renderOptions(undefined);

    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('region', { name: 'Reserveren' })).toBeNull();
    expect(calls).toHaveLength(0);
  });

  it('shows the current reservation instead of "already reserved"', async () => {
    logInAs();
    renderOptions({
      current: reservation({ position: 2, estimatedDate: '2026-12-04' }),
      options: [option(SCHOOL, { allowed: false, reasonCode: 'DUPLICATE_RESERVATION' })],
    });

    const section = await reserveSection();
    expect(
      await within(section).findByText('Je hebt dit boek gereserveerd in de schoolbibliotheek.'),
    ).toBeInTheDocument();
    expect(
      within(section).getByText('Je staat op plek 2 in de rij · verwacht rond vrijdag 4 december'),
    ).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Bekijk je reserveringen' })).toHaveAttribute(
      'href',
      '/mijn-gegevens#reservering-12',
    );
    expect(within(section).queryByText('Je hebt dit boek al gereserveerd.')).toBeNull();
  });

  it('asks for confirmation naming the place, reserves, and says the place in line and the date', async () => {
    const user = userEvent.setup();
    logInAs();
    const { calls } = renderOptions({ options: [option(SCHOOL), option(CENTRUM)] });

    const button = await screen.findByRole('button', {
      name: 'Reserveer in Bibliotheek Rivierenland Centrum',
    });
    await user.click(button);
    const dialog = screen.getByRole('dialog', { name: 'Dolfje Weerwolfje reserveren' });
    expect(dialog).toHaveAttribute('open');
    expect(dialog).toHaveAccessibleDescription(
      /Wil je dit boek reserveren in Bibliotheek Rivierenland Centrum\?/,
    );
    expect(within(dialog).getByRole('button', { name: 'Ja, reserveer' })).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Ja, reserveer' }));

    expect(await within(dialog).findByText('Je bent nummer 1 in de rij.')).toBeInTheDocument();
    expect(
      within(dialog).getByText('We verwachten dat het boek rond vrijdag 4 december voor je klaarligt.'),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: 'Naar mijn gegevens' })).toHaveAttribute(
      'href',
      '/mijn-gegevens#reservering-12',
    );
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.url.pathname).toBe('/api/reservations');
    expect(post?.body).toEqual({ titleId: 1, pickupLocationId: CENTRUM.id });
  });

  it('Escape closes the dialog and focus returns to the button', async () => {
    const user = userEvent.setup();
    logInAs();
    const { calls } = renderOptions({ options: [option(SCHOOL)] });

    const button = await screen.findByRole('button', { name: 'Reserveer in de schoolbibliotheek' });
    await user.click(button);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button).toHaveFocus();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('explains a refusal of the service in words', async () => {
    const user = userEvent.setup();
    logInAs();
    renderOptions(
      { options: [option(SCHOOL)] },
      { post: () => problem(422, 'AVAILABLE_ON_SHELF', { detail: 'copy 304000000001 is on the shelf' }) },
    );

    await user.click(await screen.findByRole('button', { name: 'Reserveer in de schoolbibliotheek' }));
    await user.click(screen.getByRole('button', { name: 'Ja, reserveer' }));

    const alert = await within(screen.getByRole('dialog')).findByRole('alert');
    expect(alert).toHaveTextContent('Reserveren lukte niet');
    expect(alert).toHaveTextContent('Dit boek staat in de kast — je kunt het zo pakken.');
    expect(alert).not.toHaveTextContent('304000000001');
  });

  it('connection lost at "Ja, reserveer": the dialog stays with the failure, and trying again works', async () => {
    const user = userEvent.setup();
    logInAs();
    const title = titleDetail({ reservationOptions: { options: [option(SCHOOL)] } });
    let online = true;
    mockApi({
      '/api/titles/1': () => (online ? json(title) : Response.error()),
      '/api/reservations': () => (online ? json(reservation({ position: 1 }), 201) : Response.error()),
    });
    renderRoutes([{ path: '/titels/:id', element: <Page title={title} /> }], { url: '/titels/1' });
    await user.click(await screen.findByRole('button', { name: 'Reserveer in de schoolbibliotheek' }));

    online = false;
    await user.click(screen.getByRole('button', { name: 'Ja, reserveer' }));

    const dialog = screen.getByRole('dialog', { name: 'Dolfje Weerwolfje reserveren' });
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Het reserveren is niet gelukt. Probeer het opnieuw.');
    await waitFor(() => expect(alert).toHaveFocus());
    // The options could not be refreshed either: the loaded section stays, with a note.
    expect(
      await screen.findByText('Bijwerken lukte even niet: je ziet wat er eerder geladen was.'),
    ).toBeInTheDocument();
    expect(dialog).toBeInTheDocument();

    online = true;
    await user.click(within(dialog).getByRole('button', { name: 'Probeer opnieuw' }));
    expect(await within(dialog).findByText('Je bent nummer 1 in de rij.')).toBeInTheDocument();
  });

  it('back from login (?reserve=1) with one option: the dialog opens by itself and the flag goes', async () => {
    logInAs();
    const { router } = renderOptions(
      { options: [option(SCHOOL), option(CENTRUM, { allowed: false })] },
      {
        url: '/titels/1?reserve=1',
      },
    );

    const dialog = await screen.findByRole('dialog', { name: 'Dolfje Weerwolfje reserveren' });
    expect(
      within(dialog).getByText('Wil je dit boek reserveren in de schoolbibliotheek?'),
    ).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('back from login with several options: choose the place first (checked before sending)', async () => {
    const user = userEvent.setup();
    logInAs();
    const { calls } = renderOptions(
      { options: [option(SCHOOL), option(CENTRUM)] },
      { url: '/titels/1?reserve=1' },
    );

    const dialog = await screen.findByRole('dialog');
    const group = within(dialog).getByRole('group', { name: 'Waar wil je het boek ophalen?' });
    await user.click(within(dialog).getByRole('button', { name: 'Ja, reserveer' }));
    expect(within(dialog).getByText('Kies waar je het boek wilt ophalen.')).toBeInTheDocument();
    expect(within(group).getByLabelText('Schoolbibliotheek OBS De Regenboog')).toHaveFocus();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await user.click(within(group).getByLabelText('Bibliotheek Rivierenland Centrum'));
    expect(
      within(dialog).getByText('Wil je dit boek reserveren in Bibliotheek Rivierenland Centrum?'),
    ).toBeInTheDocument();
  });

  it('back from login when nothing is allowed: no dialog, the reasons are shown', async () => {
    logInAs();
    renderOptions(
      { options: [option(SCHOOL, { allowed: false, reasonCode: 'AVAILABLE_ON_SHELF' })] },
      { url: '/titels/1?reserve=1' },
    );

    expect(await screen.findByText('Dit boek staat in de kast — je kunt het zo pakken.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('speaks English after the switch', async () => {
    const user = userEvent.setup();
    logInAs();
    renderOptions(
      { options: [option(SCHOOL), option(CENTRUM, { allowed: false, reasonCode: 'LIBRARY_LINK_MISSING' })] },
      { locale: 'en' },
    );

    const section = await screen.findByRole('region', { name: 'Reserve' });
    expect(within(section).getByText(/isn’t linked to the public library/)).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Reserve at the school library' }));
    const dialog = screen.getByRole('dialog', { name: 'Reserve Dolfje Weerwolfje' });
    expect(
      within(dialog).getByText('Do you want to reserve this book at the school library?'),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Yes, reserve' }));
    expect(await within(dialog).findByText('You are number 1 in line.')).toBeInTheDocument();
    expect(
      within(dialog).getByText('We expect the book to be ready for you around Friday 4 December.'),
    ).toBeInTheDocument();
  });
});
