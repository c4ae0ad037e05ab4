import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { setUnauthorizedHandler } from '../../../lib/api-client';
import { authStore } from '../../../lib/auth-store';
import { json, mockApi, problem, renderAt } from '../../../test/render';
import { copyDetail, deskMe, loan, loginAs } from '../../../test/staff-fixtures';
import { CheckoutPage } from './checkout-page';

function renderCheckout(checkout: (body: Record<string, unknown>) => Response) {
  const stub = mockApi({
    '/api/me': () => json({ ...deskMe, locationName: 'Bibliotheek Rivierenland Noord' }),
    '/api/checkouts': ({ body }) => checkout(body as Record<string, unknown>),
    '/api/checkouts/patron': () =>
      json({ id: 7, name: 'Daan Jansen', groupName: 'groep 7', schoolName: 'CBS De Wegwijzer' }),
    '/api/copies/:barcode': ({ url }) =>
      url.pathname.endsWith('/302000000002') ? json(copyDetail()) : problem(404, 'NOT_FOUND'),
  });
  loginAs('LIBRARY_STAFF');
  renderAt('/balie/uitlenen', <CheckoutPage />);
  return stub;
}

afterEach(() => {
  authStore.clear();
  sessionStorage.clear();
  setUnauthorizedHandler(null);
});

describe('check-out', () => {
  it('takes a card number, shows whom it lends to, then barcodes; a success shows the title, due date and the fulfilled reservation', async () => {
    const { calls } = renderCheckout(() => json(loan({ fulfilledReservationId: 12 }), 201));
    const user = userEvent.setup();

    const card = await screen.findByRole('textbox', { name: 'Pasnummer van de bibliotheekpas' });
    await waitFor(() => expect(card).toHaveFocus());
    await user.keyboard('20413000000001{Enter}');
    const barcode = await screen.findByRole('textbox', { name: 'Barcode van het boek' });
    await waitFor(() => expect(barcode).toHaveFocus());
    await waitFor(() =>
      expect(screen.getByTestId('checkout-patron')).toHaveTextContent(
        'Daan Jansen, groep 7, CBS De Wegwijzer (pas 20413000000001)',
      ),
    );
    expect(calls.find((c) => c.url.pathname === '/api/checkouts/patron')?.url.search).toBe(
      '?cardNumber=20413000000001',
    );

    await user.keyboard('302100000055{Enter}');

    const rows = await screen.findByTestId('checkout-rows');
    expect(within(rows).getByText('Het boek van alle dingen')).toBeInTheDocument();
    expect(within(rows).getByText('Uitgeleend, inleveren uiterlijk 13 december 2026')).toBeInTheDocument();
    expect(within(rows).getByText('Reservering 12 is hiermee afgehandeld.')).toBeInTheDocument();
    const post = calls.find((c) => c.url.pathname === '/api/checkouts');
    expect(post?.body).toEqual({
      barcode: '302100000055',
      cardNumber: '20413000000001',
    });
    expect(barcode).toHaveFocus();
  });

  it('keeps scans that met an ended session, and lends them to the same patron after the new login', async () => {
    renderCheckout(() => problem(401, 'SESSION_ENDED'));
    setUnauthorizedHandler(() => undefined);
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: /Pasnummer/ }), '20413000000001{Enter}');
    await user.type(
      await screen.findByRole('textbox', { name: 'Barcode van het boek' }),
      '302100000055{Enter}',
    );
    await waitFor(() => expect(authStore.getSession()).toBeNull());
    cleanup();

    const { calls } = renderCheckout(() => json(loan(), 201));
    const rows = await screen.findByTestId('checkout-rows');
    expect(within(rows).getByText('Het boek van alle dingen')).toBeInTheDocument();
    expect(screen.getByTestId('checkout-patron')).toHaveTextContent('pas 20413000000001');
    const post = calls.find((c) => c.url.pathname === '/api/checkouts');
    expect(post?.body).toEqual({
      barcode: '302100000055',
      cardNumber: '20413000000001',
    });
  });

  it('keeps a scan made while the service cannot be reached, says so for staff, and lends it once it answers', async () => {
    let online = false;
    renderCheckout(() => {
      if (!online) throw new TypeError('Failed to fetch');
      return json(loan(), 201);
    });
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: /Pasnummer/ }), '20413000000001{Enter}');
    await user.type(
      await screen.findByRole('textbox', { name: 'Barcode van het boek' }),
      '302100000055{Enter}',
    );

    const offline = await screen.findByTestId('desk-offline');
    expect(offline).toHaveTextContent('Geen verbinding met de server');
    expect(offline).toHaveTextContent('302100000055');
    expect(screen.queryByTestId('checkout-refusal')).toBeNull();

    online = true;
    window.dispatchEvent(new Event('online'));
    const rows = await screen.findByTestId('checkout-rows');
    expect(within(rows).getByText('Het boek van alle dingen')).toBeInTheDocument();
    expect(screen.queryByTestId('desk-offline')).toBeNull();
  });

  it('shows a loan block refusal with its end date and reason', async () => {
    renderCheckout(() =>
      problem(422, 'LOAN_BLOCKED', {
        detail: 'This copy is blocked for loan until 2026-12-06: Tentoonstelling Kinderboekenweek.',
      }),
    );
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: /Pasnummer/ }), '20413000000001{Enter}');
    await user.type(
      await screen.findByRole('textbox', { name: 'Barcode van het boek' }),
      '302000000002{Enter}',
    );

    const refusal = await screen.findByTestId('checkout-refusal');
    expect(refusal).toHaveAttribute('role', 'alert');
    expect(refusal).toHaveTextContent('Niet uitgeleend: Het boek van alle dingen 302000000002');
    expect(refusal).toHaveTextContent('Uitleenblokkade tot en met 6 december 2026.');
    expect(refusal).toHaveTextContent('Reden: Tentoonstelling Kinderboekenweek');
  });

  it('says when a copy is held for someone else', async () => {
    renderCheckout(() => problem(409, 'HELD_FOR_ANOTHER_PATRON'));
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: /Pasnummer/ }), '1{Enter}');
    await user.type(
      await screen.findByRole('textbox', { name: 'Barcode van het boek' }),
      '301000000005{Enter}',
    );
    expect(await screen.findByTestId('checkout-refusal')).toHaveTextContent(
      'ligt op de afhaalplank voor een andere lener',
    );
  });

  it('goes back to the patron step for an unknown card, keeping what was typed', async () => {
    renderCheckout(() => problem(404, 'NOT_FOUND', { detail: 'Card 123 does not exist.' }));
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: /Pasnummer/ }), '123{Enter}');
    await user.type(
      await screen.findByRole('textbox', { name: 'Barcode van het boek' }),
      '301000000005{Enter}',
    );

    expect(
      await screen.findByText('Pasnummer 123 is onbekend. Kijk of je het goed hebt ingevuld.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Pasnummer/ })).toHaveValue('123');
  });

  it('lends by patron number as well, and validates it before sending', async () => {
    const { calls } = renderCheckout(() => json(loan(), 201));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Lenernummer' }));
    const id = screen.getByRole('textbox', { name: 'Lenernummer' });
    await user.type(id, 'abc{Enter}');
    expect(screen.getByText('Een lenernummer is een heel getal groter dan 0.')).toBeInTheDocument();
    await user.clear(id);
    await user.type(id, '2{Enter}');
    await user.type(
      await screen.findByRole('textbox', { name: 'Barcode van het boek' }),
      '302100000055{Enter}',
    );
    await screen.findByTestId('checkout-rows');
    const post = calls.find((c) => c.url.pathname === '/api/checkouts');
    expect(post?.body).toEqual({ barcode: '302100000055', patronId: 2 });
  });
});
