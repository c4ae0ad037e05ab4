// End-to-end scenarios of the desk fixes: check-out names the patron and the refused book, the desk's offline state
// (worded for staff, unlike a refusal, scans kept), and Mijn reserveringen with the ready book first. bieb.centrum
// works on open loans lent at Centrum whose titles nobody waits for (after the ones scenarios-session.mjs takes).
import { assert, atLeast, textMatches, urlMatches, visible } from './helpers.mjs';
import { scenarios } from './scenarios.mjs';
import { api, call, logInAt, plainLoansAt } from './service-api.mjs';

const CENTRUM = 'Bibliotheek Rivierenland Centrum';

/** "vrijdag 4 december" as the portal says a day to a student (the same Intl formatting). */
function studentDay(isoDate) {
  const [y, m, d] = isoDate.split('-').map(Number);
  const options = { weekday: 'long', day: 'numeric', month: 'long' };
  if (y !== new Date().getFullYear()) options.year = 'numeric';
  return new Intl.DateTimeFormat('nl-NL', options).format(new Date(y, m - 1, d));
}

/** @type {{ name: string, run: (t: import('./fixtures.mjs').ScenarioContext) => Promise<void> }[]} */
export const deskScenarios = [
  {
    name: 'desk: check-out shows name, group and school of the card holder, and a refusal names the book',
    async run({ page, go, shot, axe }) {
      const daan = await api('/api/me', { as: 'daan' });
      const card = daan.student.membership.cardNumber;
      const [lent] = await plainLoansAt('bieb.centrum', CENTRUM, 1, 4);

      await logInAt(page, go, '/balie/uitlenen', 'bieb.centrum');
      await page.getByRole('textbox', { name: 'Pasnummer van de bibliotheekpas' }).fill(card);
      await page.keyboard.press('Enter');
      await textMatches(
        page.getByTestId('checkout-patron'),
        new RegExp(`^Daan Jansen, groep 7, CBS De Wegwijzer \\(pas ${card}\\)$`),
        'whom the desk lends to',
      );
      await axe('the check-out page with the patron');

      // A copy that is lent to someone else: refused, with its title.
      const field = page.getByRole('textbox', { name: 'Barcode van het boek' });
      await field.fill(lent.barcode);
      await field.press('Enter');
      const refusal = page.getByTestId('checkout-refusal');
      await textMatches(
        refusal,
        new RegExp(`Niet uitgeleend: ${lent.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ${lent.barcode}`),
        'the refused book',
      );
      await shot('desk-checkout-patron-refusal');
      await axe('the check-out page with a refusal');
    },
  },
  {
    name: 'desk: offline the scans wait in a staff-worded state unlike a refusal, and are checked in once online',
    async run({ page, go, shot, axe }) {
      const [loan] = await plainLoansAt('bieb.centrum', CENTRUM, 1, 5);
      await logInAt(page, go, '/balie/innemen', 'bieb.centrum');
      await visible(page.getByRole('heading', { level: 1, name: 'Innemen' }), 'the desk');

      await page.context().setOffline(true);
      const field = page.getByRole('textbox', { name: 'Barcode' });
      await field.fill(loan.barcode);
      await field.press('Enter');
      const offline = page.getByTestId('desk-offline');
      await textMatches(offline, /Geen verbinding met de server/, 'the offline state');
      await textMatches(offline, /Er is niets geweigerd\. Gescand en bewaard: 1\./, 'the kept scan');
      await textMatches(page.getByTestId('checkin-pending'), new RegExp(loan.barcode), 'the waiting scan');
      assert((await page.getByRole('alert').count()) === 0, 'no refusal (role=alert) while offline');
      assert((await page.getByText(/internet/i).count()) === 0, 'no words for a child');
      await shot('desk-offline');
      await axe('the desk offline');

      await page.context().setOffline(false);
      const rows = page
        .getByTestId('checkin-rows')
        .locator(':scope > li:not([data-testid="checkin-pending"])');
      await atLeast(rows, 1, 'the checked-in row');
      await visible(
        page.getByTestId('checkin-rows').getByText(loan.title, { exact: true }),
        'the book in the list',
      );
      assert((await offline.count()) === 0, 'the offline state is gone');
      const copy = await api(`/api/copies/${encodeURIComponent(loan.barcode)}`, { as: 'bieb.centrum' });
      assert(copy.status !== 'ON_LOAN', `the copy should be checked in, is ${copy.status}`);
    },
  },
  {
    name: 'desk: Mijn reserveringen shows the book ready to pick up first, with its last day, and hints for pausing',
    async run({ page, go, shot, axe }) {
      // Daan reserves a lent title for pickup at Centrum; its copy comes back there and is put aside for him.
      const candidates = await plainLoansAt('bieb.centrum', CENTRUM, 4, 6);
      let placed = null;
      for (const candidate of candidates) {
        const answer = await call('/api/reservations', {
          as: 'daan',
          method: 'POST',
          body: { titleId: candidate.titleId, pickupLocationId: 1 },
        });
        if (answer.status === 201) {
          placed = { ...candidate, reservationId: answer.json.id };
          break;
        }
      }
      assert(placed, 'daan could reserve none of the lent titles at Centrum');
      try {
        const checkin = await api('/api/checkins', {
          as: 'bieb.centrum',
          method: 'POST',
          body: { barcode: placed.barcode },
        });
        assert(
          checkin.outcome === 'ON_HOLD_SHELF',
          `the copy should go on the hold shelf, went ${checkin.outcome}`,
        );
        const reservation = await api(`/api/reservations/${placed.reservationId}`, { as: 'daan' });

        await logInAt(page, go, '/mijn-gegevens', 'daan');
        const ready = page.getByRole('region', { name: 'Klaar om op te halen!' });
        await visible(ready, 'the ready box');
        await visible(ready.getByRole('link', { name: placed.title, exact: true }), 'the ready book');
        await textMatches(
          ready,
          new RegExp(
            `Haal het op in Bibliotheek Rivierenland Centrum\\. Het ligt daar tot en met ${studentDay(reservation.pickupBy)}\\.`,
          ),
          'where and until when',
        );
        const box = await ready.boundingBox();
        const viewport = page.viewportSize();
        assert(
          box && viewport && box.y + box.height <= viewport.height,
          'the ready box is in view without scrolling',
        );
        const pause = page.getByRole('button', { name: /^Pauzeren: / }).first();
        if ((await pause.count()) > 0) {
          const description = await pause.evaluate(
            (el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? '',
          );
          assert(/Je houdt je plek in de rij/.test(description), `the pause hint, was "${description}"`);
        }
        await shot('desk-my-reservations-ready-first');
        await axe('mijn gegevens with a ready book');
        await urlMatches(page, /\/mijn-gegevens/);
      } finally {
        await call(`/api/reservations/${placed.reservationId}/cancel`, {
          as: 'daan',
          method: 'POST',
          body: {},
        });
      }
    },
  },
];

// Registered with the runner's list (scenarios.spec.mjs loads every scenarios-*.mjs file once).
scenarios.push(...deskScenarios);
