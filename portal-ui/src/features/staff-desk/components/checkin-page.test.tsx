import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setUnauthorizedHandler } from '../../../lib/api-client';
import { authStore } from '../../../lib/auth-store';
import { formatDeskDate } from '../../../lib/staff';
import { json, mockApi, problem, renderAt } from '../../../test/render';
import { checkinResult, deskMe, heldResult, loginAs, transitResult } from '../../../test/staff-fixtures';
import { CheckinPage } from './checkin-page';
import type { CheckinResult } from '../../../lib/api';

const pickupBy = `${new Date().getFullYear()}-12-04`;

/** Answers POST /api/checkins by barcode; unknown barcodes get a 404 problem. */
function stubDesk(byBarcode: Record<string, CheckinResult>) {
  return mockApi({
    '/api/me': () => json(deskMe),
    '/api/checkins': ({ body }) => {
      const { barcode } = body as { barcode: string };
      const result = byBarcode[barcode];
      return result ? json({ ...result, barcode }) : problem(404, 'NOT_FOUND', { detail: `Copy ${barcode}` });
    },
  });
}

function renderDesk(url = '/balie/innemen') {
  loginAs('SCHOOL_STAFF');
  return renderAt('/balie/innemen', <CheckinPage />, url);
}

const field = () => screen.getByRole('textbox', { name: 'Barcode' });

afterEach(() => {
  authStore.clear();
  sessionStorage.clear();
  setUnauthorizedHandler(null);
  localStorage.removeItem('desk.checkin.sound');
  vi.unstubAllGlobals();
});

describe('check-in desk', () => {
  it('keeps a scan that met an ended session and checks it in after the same person logs in again, with the list', async () => {
    stubDesk({ '111': checkinResult() });
    const onUnauthorized = vi.fn();
    setUnauthorizedHandler(onUnauthorized);
    const user = userEvent.setup();
    const first = renderDesk();
    await waitFor(() => expect(field()).toHaveFocus());
    await user.keyboard('111{Enter}');
    await screen.findByText('Terug in de kast');

    // The session ends: the next scan is refused with 401 and the portal goes to the login page.
    mockApi({ '/api/me': () => json(deskMe), '/api/checkins': () => problem(401, 'SESSION_ENDED') });
    await user.keyboard('222{Enter}');
    await waitFor(() => expect(onUnauthorized).toHaveBeenCalledWith('/'));
    expect(authStore.getSession()).toBeNull();
    first.unmount();

    // Logged in again and back at the desk: 222 is checked in without a new scan; 111 is still in the list.
    const { calls } = stubDesk({
      '222': checkinResult({
        title: { id: 91, title: 'Pluk van de Petteflet', authors: 'Annie M.G. Schmidt' },
      }),
    });
    renderDesk();
    const rows = await screen.findByTestId('checkin-rows');
    await within(rows).findByText('Pluk van de Petteflet');
    expect(within(rows).getByText('Dummie de mummie')).toBeInTheDocument();
    expect(within(rows).getAllByText('Terug in de kast')).toHaveLength(2);
    expect(calls.filter((c) => c.url.pathname === '/api/checkins')).toHaveLength(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('restores the list for the same person only', async () => {
    stubDesk({ '111': checkinResult() });
    const user = userEvent.setup();
    const first = renderDesk();
    await waitFor(() => expect(field()).toHaveFocus());
    await user.keyboard('111{Enter}');
    await screen.findByText('Terug in de kast');
    first.unmount();

    authStore.setSession({
      ...(authStore.getSession() as NonNullable<ReturnType<typeof authStore.getSession>>),
      tokenType: 'Bearer',
      idleTimeoutSeconds: 1800,
      user: {
        id: 999,
        username: 'other',
        displayName: 'Iemand anders',
        role: 'SCHOOL_STAFF',
        mustChangePassword: false,
      },
    });
    renderAt('/balie/innemen', <CheckinPage />);
    expect(
      await screen.findByText('Nog niets ingenomen. Scan een barcode om te beginnen.'),
    ).toBeInTheDocument();
  });

  it('keeps scans made while the service cannot be reached, says so for staff, and checks them in once it answers', async () => {
    mockApi({
      '/api/me': () => json(deskMe),
      '/api/checkins': () => Response.error(),
    });
    const user = userEvent.setup();
    renderDesk();
    await waitFor(() => expect(field()).toHaveFocus());
    await user.keyboard('111{Enter}');

    const offline = await screen.findByTestId('desk-offline');
    expect(offline).toHaveAttribute('role', 'status');
    expect(offline).toHaveTextContent('Geen verbinding met de server');
    expect(offline).toHaveTextContent('Er is niets geweigerd. Gescand en bewaard: 1.');
    expect(screen.getByTestId('checkin-pending')).toHaveTextContent(
      'Bewaard: wordt verwerkt zodra de verbinding terug is',
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText(/internet/)).toBeNull();

    stubDesk({ '111': checkinResult() });
    window.dispatchEvent(new Event('online'));
    await screen.findByText('Terug in de kast');
    expect(screen.queryByTestId('desk-offline')).toBeNull();
    expect(screen.queryByTestId('checkin-pending')).toBeNull();
  });

  it('focuses the barcode field; Enter checks in, adds a row in words and keeps the focus', async () => {
    const { calls } = stubDesk({ '111': checkinResult() });
    const user = userEvent.setup();
    renderDesk();

    await waitFor(() => expect(field()).toHaveFocus());
    expect(await screen.findByText('Balie: Schoolbibliotheek OBS De Regenboog')).toBeInTheDocument();
    await user.keyboard('111{Enter}');

    const rows = await screen.findByTestId('checkin-rows');
    expect(within(rows).getByText('Terug in de kast')).toBeInTheDocument();
    expect(within(rows).getByText('Dummie de mummie')).toBeInTheDocument();
    expect(field()).toHaveValue('');
    expect(field()).toHaveFocus();
    const post = calls.find((c) => c.url.pathname === '/api/checkins');
    expect(post?.method).toBe('POST');
    expect(post?.body).toEqual({ barcode: '111' });
    expect(within(rows).getByRole('link', { name: 'Wachtrij van Dummie de mummie' })).toHaveAttribute(
      'href',
      '/balie/titels/90/wachtrij',
    );
  });

  it('shows the newest check-in first', async () => {
    stubDesk({
      '111': checkinResult(),
      '222': checkinResult({
        outcome: 'ROUTE_TO_OWNER',
        transitTo: { id: 1, name: 'Bibliotheek Rivierenland Centrum', kind: 'BRANCH' },
      }),
    });
    const user = userEvent.setup();
    renderDesk();
    await waitFor(() => expect(field()).toHaveFocus());

    await user.keyboard('111{Enter}');
    await screen.findByText('Terug in de kast');
    await user.keyboard('222{Enter}');
    await screen.findByText('Stuur naar Bibliotheek Rivierenland Centrum');

    const items = within(screen.getByTestId('checkin-rows')).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Stuur naar Bibliotheek Rivierenland Centrum');
    expect(items[1]).toHaveTextContent('Terug in de kast');
  });

  it('raises the reserved-for alert, moves focus to "Gezien", and Enter brings focus back to the field', async () => {
    stubDesk({ '333': heldResult(pickupBy), '111': checkinResult() });
    const user = userEvent.setup();
    renderDesk();
    await waitFor(() => expect(field()).toHaveFocus());

    await user.keyboard('333{Enter}');

    const alert = await screen.findByRole('alert', { name: 'Let op: dit boek is gereserveerd' });
    const date = formatDeskDate(pickupBy, 'nl');
    expect(alert).toHaveAccessibleDescription(
      `Gereserveerd voor Sanne de Vries, groep 6 — leg op de afhaalplank tot ${date}`,
    );
    const seen = within(alert).getByRole('button', { name: 'Gezien' });
    await waitFor(() => expect(seen).toHaveFocus());
    // The field still takes scans (they wait for "Gezien"), so nothing a scanner types is lost.
    expect(field()).toBeEnabled();
    // The slip for printing is on the page (shown only by the print stylesheet).
    expect(screen.getByTestId('hold-slip')).toHaveTextContent('Sanne de Vries');
    expect(screen.getByTestId('hold-slip')).toHaveTextContent(date);

    await user.keyboard('{Enter}');

    expect(screen.queryByRole('alert', { name: /^Let op/ })).toBeNull();
    await waitFor(() => expect(field()).toHaveFocus());
    expect(field()).toBeEnabled();
    // The row stays, with the alert in words.
    expect(screen.getByTestId('checkin-rows')).toHaveTextContent('Gereserveerd voor Sanne de Vries, groep 6');

    // And the next scan works without the mouse.
    await user.keyboard('111{Enter}');
    expect(await screen.findByText('Terug in de kast')).toBeInTheDocument();
  });

  it('does not let a scanner acknowledge the alert: its scans wait, visibly, and are checked in after "Gezien"', async () => {
    const { calls } = stubDesk({
      '333': heldResult(pickupBy),
      '444': checkinResult(),
      '555': checkinResult(),
    });
    const user = userEvent.setup();
    renderDesk();
    await waitFor(() => expect(field()).toHaveFocus());
    await user.keyboard('333{Enter}');
    const alert = await screen.findByRole('alert', { name: /^Let op/ });
    const seen = within(alert).getByRole('button', { name: 'Gezien' });
    await waitFor(() => expect(seen).toHaveFocus());

    // A scanner types two barcodes + Enter while "Gezien" has the focus.
    await user.keyboard('444{Enter}');
    await user.keyboard('555{Enter}');

    expect(screen.getByRole('alert', { name: /^Let op/ })).toBeInTheDocument();
    const posted = () =>
      calls
        .filter((c) => c.url.pathname === '/api/checkins')
        .map((c) => (c.body as { barcode: string }).barcode);
    expect(posted()).toEqual(['333']);
    expect(within(alert).getByTestId('desk-alert-waiting')).toHaveTextContent(
      '2 wachtend: worden ingenomen zodra je op “Gezien” drukt.',
    );
    const pending = screen.getAllByTestId('checkin-pending');
    expect(pending).toHaveLength(2);
    expect(pending[0]).toHaveTextContent('Wachtend: wordt ingenomen na “Gezien”555');
    expect(pending[1]).toHaveTextContent('Wachtend: wordt ingenomen na “Gezien”444');
    expect(field()).toHaveValue('');
    await waitFor(() => expect(seen).toHaveFocus());

    // A person's Enter on "Gezien" acknowledges; the waiting scans are checked in, in order.
    await new Promise((resolve) => setTimeout(resolve, 350));
    await user.keyboard('{Enter}');

    expect(screen.queryByRole('alert', { name: /^Let op/ })).toBeNull();
    await waitFor(() => expect(posted()).toEqual(['333', '444', '555']));
    await waitFor(() => expect(screen.queryAllByTestId('checkin-pending')).toHaveLength(0));
    const items = within(screen.getByTestId('checkin-rows')).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent(/Terug in de kast.*555/);
    expect(items[1]).toHaveTextContent(/Terug in de kast.*444/);
    expect(items[2]).toHaveTextContent('Gereserveerd voor Sanne de Vries, groep 6');
    await waitFor(() => expect(field()).toHaveFocus());
  });

  it('queues a scan typed into the field while the alert is open, and an Enter right after a scan does not acknowledge', async () => {
    const { calls } = stubDesk({ '333': heldResult(pickupBy), '444': checkinResult() });
    const user = userEvent.setup();
    renderDesk();
    await waitFor(() => expect(field()).toHaveFocus());
    await user.keyboard('333{Enter}');
    const alert = await screen.findByRole('alert', { name: /^Let op/ });
    await waitFor(() => expect(within(alert).getByRole('button', { name: 'Gezien' })).toHaveFocus());

    await user.click(field());
    await user.keyboard('444{Enter}{Enter}');

    expect(screen.getByRole('alert', { name: /^Let op/ })).toBeInTheDocument();
    expect(screen.getByTestId('checkin-pending')).toHaveTextContent('444');
    expect(calls.filter((c) => c.url.pathname === '/api/checkins')).toHaveLength(1);

    await user.click(within(alert).getByRole('button', { name: 'Gezien' }));
    expect(await screen.findByText('Terug in de kast')).toBeInTheDocument();
    expect(calls.filter((c) => c.url.pathname === '/api/checkins')).toHaveLength(2);
  });

  it('stops the queue at the next reserved copy: the scans after it keep waiting for its "Gezien"', async () => {
    const { calls } = stubDesk({
      '333': heldResult(pickupBy),
      '334': transitResult(),
      '444': checkinResult(),
    });
    const user = userEvent.setup();
    renderDesk();
    await waitFor(() => expect(field()).toHaveFocus());
    await user.keyboard('333{Enter}');
    await screen.findByRole('alert', { name: 'Let op: dit boek is gereserveerd' });
    await user.keyboard('334{Enter}444{Enter}');
    expect(screen.getAllByTestId('checkin-pending')).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Gezien' }));

    const next = await screen.findByRole('alert', { name: 'Let op: dit boek moet op transport' });
    expect(within(next).getByTestId('desk-alert-waiting')).toHaveTextContent('1 wachtend');
    expect(screen.getByTestId('checkin-pending')).toHaveTextContent('444');
    expect(calls.filter((c) => c.url.pathname === '/api/checkins')).toHaveLength(2);

    await user.click(within(next).getByRole('button', { name: 'Gezien' }));
    expect(await screen.findByText('Terug in de kast')).toBeInTheDocument();
    expect(calls.filter((c) => c.url.pathname === '/api/checkins')).toHaveLength(3);
  });

  it('beeps for a reserved copy, not for another, and not once the switch is off (remembered)', async () => {
    const tones: number[] = [];
    class FakeAudioContext {
      state = 'running';
      currentTime = 0;
      destination = {};
      resume = () => Promise.resolve();
      createGain = () => ({ gain: { setValueAtTime: () => undefined }, connect: () => undefined });
      createOscillator = () => ({
        type: 'sine',
        frequency: { value: 0 },
        connect: () => undefined,
        start: () => tones.push(Date.now()),
        stop: () => undefined,
      });
    }
    vi.stubGlobal('AudioContext', FakeAudioContext);
    stubDesk({ '333': heldResult(pickupBy), '111': checkinResult() });
    const user = userEvent.setup();
    const { unmount } = renderDesk();
    await waitFor(() => expect(field()).toHaveFocus());

    await user.keyboard('111{Enter}');
    await screen.findByText('Terug in de kast');
    expect(tones).toHaveLength(0);
    await user.keyboard('333{Enter}');
    await screen.findByRole('alert', { name: /^Let op/ });
    expect(tones).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Gezien' }));

    const soundSwitch = screen.getByRole('switch', { name: 'Piep bij een gereserveerd boek' });
    expect(soundSwitch).toBeChecked();
    await user.click(soundSwitch);
    expect(localStorage.getItem('desk.checkin.sound')).toBe('off');
    unmount();

    renderDesk();
    expect(screen.getByRole('switch', { name: 'Piep bij een gereserveerd boek' })).not.toBeChecked();
    await waitFor(() => expect(field()).toHaveFocus());
    await user.keyboard('333{Enter}');
    await screen.findByRole('alert', { name: /^Let op/ });
    expect(tones).toHaveLength(1);
  });

  it('stays silent without Web Audio (as in jsdom) and still shows the alert', async () => {
    expect('AudioContext' in globalThis).toBe(false);
    stubDesk({ '333': heldResult(pickupBy) });
    const user = userEvent.setup();
    renderDesk();
    await waitFor(() => expect(field()).toHaveFocus());
    await user.keyboard('333{Enter}');
    expect(await screen.findByRole('alert', { name: /^Let op/ })).toBeInTheDocument();
  });

  it('also asks to acknowledge a copy that goes in transit for a reservation', async () => {
    stubDesk({ '555': transitResult() });
    const user = userEvent.setup();
    renderDesk();
    await waitFor(() => expect(field()).toHaveFocus());
    await user.keyboard('555{Enter}');

    const alert = await screen.findByRole('alert', { name: 'Let op: dit boek moet op transport' });
    expect(alert).toHaveTextContent(
      'Gereserveerd voor Daan Jansen, groep 7 — stuur naar Bibliotheek Rivierenland Centrum',
    );
    await user.click(within(alert).getByRole('button', { name: 'Gezien' }));
    expect(screen.getByTestId('checkin-rows')).toHaveTextContent(
      'Onderweg naar Bibliotheek Rivierenland Centrum voor een reservering',
    );
  });

  it('says an unknown barcode in words and keeps the focus in the field', async () => {
    stubDesk({});
    const user = userEvent.setup();
    renderDesk();
    await waitFor(() => expect(field()).toHaveFocus());

    await user.keyboard('999{Enter}');

    const error = await screen.findByText(/Barcode 999 is onbekend in jouw bibliotheekorganisatie/, {
      selector: '#checkin-barcode-error',
    });
    expect(error).toHaveAttribute('role', 'alert');
    expect(field()).toHaveAttribute('aria-invalid', 'true');
    expect(field()).toHaveAccessibleDescription(error.textContent ?? '');
    expect(field()).toHaveFocus();
  });

  it('validates before sending: an empty scan is not sent', async () => {
    const { calls } = stubDesk({});
    const user = userEvent.setup();
    renderDesk();
    await waitFor(() => expect(field()).toHaveFocus());

    await user.keyboard('   {Enter}');

    expect(await screen.findByText('Scan of typ een barcode.')).toBeInTheDocument();
    expect(calls.filter((c) => c.url.pathname === '/api/checkins')).toHaveLength(0);
    expect(field()).toHaveFocus();
  });

  it('prefills the barcode from the hold shelf link (?barcode=)', async () => {
    stubDesk({});
    renderDesk('/balie/innemen?barcode=301000000006');
    await waitFor(() => expect(field()).toHaveValue('301000000006'));
  });
});
