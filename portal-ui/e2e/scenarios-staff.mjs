// End-to-end scenarios of the staff views (balie): check-in desk with the "reserved for" alert (keyboard
// only), check-out refused by a loan block, hold shelf, the title queue, and the staff route guard.
// They run against the real service with fresh demo data (password demo1234) and find their data through
// the API, so they do not depend on ids. "Dolfje Weerwolfje" is left to the student scenarios.
import { assert, atLeast, textMatches, urlMatches, visible } from './helpers.mjs';
import { scenarios } from './scenarios.mjs';
import { call as api, PASSWORD } from './service-api.mjs';

const REGENBOOG = 'Schoolbibliotheek OBS De Regenboog';
const STUDENT_TITLE = 'Dolfje Weerwolfje';
const LOAN_BLOCKED_COPY = '302000000002'; // "Het boek van alle dingen" at Noord: loan block with an end date

async function tokenFor(username) {
  const { status, json } = await api('/api/auth/login', {
    method: 'POST',
    body: { username, password: PASSWORD },
  });
  assert(status === 200 && json?.accessToken, `login of ${username} failed with ${status}`);
  return json.accessToken;
}

/** Logs in through the portal's login page, coming from a staff page (returnTo brings us back). */
async function loginThrough(page, go, path, username) {
  await go(path);
  await urlMatches(page, /\/inloggen\?returnTo=/);
  await page.getByLabel('Gebruikersnaam').fill(username);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

/** "vr 4 dec": how the desk words a pickup-by date (the same Intl formatting as the portal). */
function deskDate(isoDate) {
  const [y, m, d] = isoDate.split('-').map(Number);
  const date = new Date(y, m - 1, d);
  const options = { weekday: 'short', day: 'numeric', month: 'short' };
  if (y !== new Date().getFullYear()) options.year = 'numeric';
  return new Intl.DateTimeFormat('nl-NL', options).format(date).replace(/\./g, '').replace(/,/g, '');
}

async function focusedId(page) {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

async function waitForFocus(page, predicate, what) {
  const deadline = Date.now() + 5000;
  let last = '';
  while (Date.now() < deadline) {
    last = await page.evaluate(() => {
      const el = document.activeElement;
      return el ? `${el.tagName.toLowerCase()}#${el.id}|${el.textContent?.trim() ?? ''}` : '';
    });
    if (predicate(last)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`expected focus on ${what}, but it was on "${last}"`);
}

/** A title with a waiting queue at De Regenboog and a copy of it on loan there: checking it in raises the alert. */
async function reservedCopyOnLoan(token) {
  const waiting = await api('/api/reservations?status=WAITING&size=100', { token });
  assert(waiting.status === 200, `GET /api/reservations answered ${waiting.status}`);
  const candidates = waiting.json.items.filter(
    (r) => r.pickupLocation.name === REGENBOOG && r.title.title !== STUDENT_TITLE && r.kind === 'TITLE',
  );
  for (const titleId of [...new Set(candidates.map((r) => r.title.id))]) {
    const detail = await api(`/api/titles/${titleId}`, { token });
    const copy = detail.json?.copies?.find((c) => c.status === 'ON_LOAN' && c.locationName === REGENBOOG);
    if (copy) return { titleId, title: detail.json.title, barcode: copy.barcode };
  }
  return null;
}

/** Copies on loan at De Regenboog whose titles nobody waits for: checking them in raises no alert. */
async function plainLoans(token, count, exceptTitleId) {
  const loans = await api('/api/loans?status=OPEN&size=100', { token });
  assert(loans.status === 200, `GET /api/loans answered ${loans.status}`);
  const found = [];
  for (const loan of loans.json.items) {
    if (found.length === count) break;
    if (loan.location.name !== REGENBOOG || !loan.patron || loan.title.id === exceptTitleId) continue;
    if (loan.title.title === STUDENT_TITLE || found.some((f) => f.titleId === loan.title.id)) continue;
    const queue = await api(`/api/titles/${loan.title.id}/queue`, { token });
    if (queue.status === 200 && queue.json.length === 0) {
      found.push({ titleId: loan.title.id, title: loan.title.title, barcode: loan.barcode });
    }
  }
  assert(found.length === count, `only ${found.length} copies on loan at De Regenboog without a queue`);
  return found;
}

/** @type {{ name: string, run: (t: import('./fixtures.mjs').ScenarioContext) => Promise<void> }[]} */
export const staffScenarios = [
  {
    name: 'staff: a student cannot open a staff page (redirect) and the API refuses her (403)',
    async run({ page, go, shot }) {
      await loginThrough(page, go, '/balie/afhaalplank', 'emma');
      await urlMatches(page, /\/zoeken$/);
      await textMatches(
        page.getByRole('alert').filter({ hasText: 'alleen voor medewerkers' }),
        /alleen voor medewerkers/,
        'the staff-only notice',
      );
      await visible(page.getByTestId('user-name'), 'emma logged in');
      assert(
        (await page.getByRole('navigation', { name: 'Balie' }).count()) === 0,
        'a student should not see the staff menu',
      );
      await shot('staff-student-redirected');
      await go('/balie/innemen');
      await urlMatches(page, /\/zoeken$/);
      const token = await tokenFor('emma');
      const { status, json } = await api('/api/hold-shelf', { token });
      assert(status === 403, `GET /api/hold-shelf as a student should be 403, was ${status}`);
      assert(json?.code === 'FORBIDDEN', `expected code FORBIDDEN, got ${json?.code}`);
    },
  },
  {
    name: 'staff: the title queue shows positions and a move down with a reason works',
    async run({ page, go, shot, axe }) {
      const token = await tokenFor('school.regenboog');
      const waiting = await api('/api/reservations?status=WAITING&size=100', { token });
      const groups = new Map();
      for (const r of waiting.json.items) {
        if (r.kind !== 'TITLE' || r.scope !== 'SCHOOL' || r.title.title === STUDENT_TITLE) continue;
        const key = `${r.title.id}/${r.pickupLocation.id}`;
        groups.set(key, [...(groups.get(key) ?? []), r]);
      }
      const group = [...groups.values()].find((g) => g.length >= 2);
      assert(group, 'a title with at least two waiting reservations at one school library');
      const titleId = group[0].title.id;
      const queue = (await api(`/api/titles/${titleId}/queue`, { token })).json;
      const mine = queue.filter(
        (r) => r.pickupLocation.id === group[0].pickupLocation.id && r.kind === 'TITLE',
      );
      const [top, second] = mine;

      // Find the title on the queue search page, by words.
      await loginThrough(page, go, '/balie/wachtrij', 'school.regenboog');
      await urlMatches(page, /\/balie\/wachtrij$/);
      await visible(page.getByRole('heading', { level: 1, name: 'Wachtrij van een titel' }));
      await page.getByLabel('Titel, schrijver of titelnummer').fill(group[0].title.title);
      await page.keyboard.press('Enter');
      const found = page.getByRole('link', { name: group[0].title.title, exact: true });
      await visible(found, 'the title in the search results');
      await axe('the queue search with results');
      await found.click();
      await urlMatches(page, new RegExp(`/balie/titels/${titleId}/wachtrij$`));
      await visible(page.getByRole('heading', { level: 1, name: /^Wachtrij: / }), 'the queue heading');
      const table = page.getByTestId('queue-table');
      await atLeast(table.locator('tbody tr'), queue.length, 'queue rows');
      const topRow = table.locator(`tr[data-reservation-id="${top.id}"]`);
      await textMatches(
        topRow.locator('td').first(),
        new RegExp(`^${top.position}$`),
        'the position of the first',
      );
      await shot('staff-queue');
      await axe('the title queue');

      const down = topRow.getByRole('button', { name: /^Omlaag: / });
      await down.click();
      const dialog = page.getByRole('dialog');
      await visible(dialog, 'the move dialog');
      await waitForFocus(page, (f) => f.startsWith('textarea#reason-dialog-reason'), 'the reason field');
      await page.keyboard.press('Enter'); // a newline, not a submit
      await dialog.getByRole('button', { name: 'Verplaatsen' }).click();
      await visible(dialog.getByText('Vul een reden in.'), 'the reason is required');
      await dialog.getByLabel('Reden').fill('Spreekbeurt volgende week (e2e)');
      await shot('staff-queue-move-dialog');
      await axe('the move dialog');
      await dialog.getByRole('button', { name: 'Verplaatsen' }).click();
      await dialog.waitFor({ state: 'detached' });
      await textMatches(
        page.getByRole('status').filter({ hasText: 'staat nu op plaats' }),
        new RegExp(`${top.patron.name}.* staat nu op plaats ${second.position}`),
        'the moved notice',
      );
      await textMatches(
        table.locator(`tr[data-reservation-id="${second.id}"] td`).first(),
        new RegExp(`^${top.position}$`),
        'the second is now first',
      );
      const after = (await api(`/api/titles/${titleId}/queue`, { token })).json;
      const order = after.filter((r) => r.pickupLocation.id === top.pickupLocation.id).map((r) => r.id);
      assert(
        order.indexOf(second.id) < order.indexOf(top.id),
        `the service should have the second before the first now: ${order.join(', ')}`,
      );
      await shot('staff-queue-moved');
    },
  },
  {
    name: 'staff: check-in of a reserved copy shows the alert with name and pickup-by date (keyboard only)',
    async run({ page, go, shot, axe }) {
      // A title with a waiting queue at De Regenboog, and a copy of it on loan there.
      const token = await tokenFor('school.regenboog');
      const chosen = await reservedCopyOnLoan(token);
      assert(chosen, 'no title with a waiting queue and a copy on loan at De Regenboog in the demo data');
      const queue = await api(`/api/titles/${chosen.titleId}/queue`, { token });
      const today = new Date().toISOString().slice(0, 10);
      const first = queue.json.find(
        (r) =>
          r.pickupLocation.name === REGENBOOG &&
          r.kind === 'TITLE' &&
          (!r.suspendedUntil || r.suspendedUntil < today),
      );
      assert(first?.patron?.name, 'the queue should name the first student in line');

      // Keyboard only from here: log in, scan, Enter, acknowledge with Enter, next scan.
      await loginThrough(page, go, '/balie/innemen', 'school.regenboog');
      await urlMatches(page, /\/balie\/innemen$/);
      await visible(page.getByRole('heading', { level: 1, name: 'Innemen' }), 'the desk');
      await waitForFocus(page, (f) => f.startsWith('input#checkin-barcode'), 'the barcode field');
      await page.keyboard.type(chosen.barcode);
      await page.keyboard.press('Enter');

      const alert = page.getByRole('alert', { name: /^Let op/ });
      await visible(alert, 'the reserved-for alert');
      const reservation = await api(`/api/reservations/${first.id}`, { token });
      assert(
        reservation.json?.status === 'READY',
        `the reservation should be READY, is ${reservation.json?.status}`,
      );
      const pickupBy = deskDate(reservation.json.pickupBy);
      const text = await textMatches(
        alert,
        new RegExp(`Gereserveerd voor ${first.patron.name}.*leg op de afhaalplank tot ${pickupBy}`),
        'the alert text',
      );
      assert(text.includes(chosen.title), `the alert should name the book "${chosen.title}"`);
      await waitForFocus(page, (f) => f.startsWith('button#|Gezien'), 'the "Gezien" button');
      assert(
        await page.locator('#checkin-barcode').isEnabled(),
        'the field takes scans while the alert is open',
      );
      await shot('staff-checkin-alert');
      await axe('the check-in desk with an alert');

      await page.keyboard.press('Enter');
      await page.getByRole('alert', { name: /^Let op/ }).waitFor({ state: 'detached' });
      await waitForFocus(page, (f) => f.startsWith('input#checkin-barcode'), 'the barcode field again');

      // Next scan: an unknown barcode is said in words and the field keeps focus.
      await page.keyboard.type('999999999999');
      await page.keyboard.press('Enter');
      await textMatches(
        page.locator('#checkin-barcode-error'),
        /Barcode 999999999999 is onbekend/,
        'the error',
      );
      assert((await focusedId(page)) === 'checkin-barcode', 'the field keeps focus after an error');

      // And a copy on the shelf at its own school library: back on the shelf.
      const other = await api('/api/titles?q=boek%20van%20alle%20dingen', { token });
      const otherTitle = other.json.items.find((t) => t.title === 'Het boek van alle dingen');
      const otherCopy = (await api(`/api/titles/${otherTitle.id}`, { token })).json.copies.find(
        (c) => c.status === 'ON_SHELF' && c.locationName === REGENBOOG,
      );
      assert(otherCopy, 'a copy on the shelf at De Regenboog');
      await page.keyboard.type(otherCopy.barcode);
      await page.keyboard.press('Enter');
      const rows = page.getByTestId('checkin-rows').locator(':scope > li');
      await atLeast(rows, 3, 'three rows in the session list');
      await textMatches(rows.first(), /Terug in de kast/, 'the newest row');
      await textMatches(
        rows.nth(2),
        new RegExp(`Gereserveerd voor ${first.patron.name}`),
        'the reserved row',
      );
      assert((await focusedId(page)) === 'checkin-barcode', 'the field has focus for the next scan');
      await shot('staff-checkin-session');
      await axe('the check-in desk with a session list');

      // The hold slip of the reserved copy, as printed (print media hides the desk, so this comes last).
      await page.emulateMedia({ media: 'print' });
      await visible(page.getByTestId('hold-slip'), 'the hold slip in print');
      await textMatches(page.getByTestId('hold-slip'), new RegExp(first.patron.name), 'the name on the slip');
      await textMatches(
        page.getByTestId('hold-slip'),
        new RegExp(pickupBy),
        'the pickup-by date on the slip',
      );
      await shot('staff-hold-slip-print');
      await page.emulateMedia({ media: 'screen' });
    },
  },
  {
    name: 'staff: check-in scans made while the reserved-for alert is open wait and are checked in after "Gezien" (1366x768)',
    async run({ page, go, shot, axe }) {
      const token = await tokenFor('school.regenboog');
      const reserved = await reservedCopyOnLoan(token);
      assert(reserved, 'no title with a waiting queue and a copy on loan at De Regenboog in the demo data');
      const [one, two] = await plainLoans(token, 2, reserved.titleId);
      // Count the beeps: the desk plays a Web Audio tone for a reserved copy.
      await page.addInitScript(() => {
        window.__deskBeeps = 0;
        const proto = window.AudioContext?.prototype;
        if (!proto) return;
        const create = proto.createOscillator;
        proto.createOscillator = function createOscillator() {
          const oscillator = create.call(this);
          const start = oscillator.start.bind(oscillator);
          oscillator.start = (...args) => {
            window.__deskBeeps += 1;
            return start(...args);
          };
          return oscillator;
        };
      });

      await loginThrough(page, go, '/balie/innemen', 'school.regenboog');
      await urlMatches(page, /\/balie\/innemen$/);
      await waitForFocus(page, (f) => f.startsWith('input#checkin-barcode'), 'the barcode field');
      const soundSwitch = page.getByRole('switch', { name: 'Piep bij een gereserveerd boek' });
      await visible(soundSwitch, 'the sound switch');
      assert(await soundSwitch.isChecked(), 'the beep is on by default');
      await page.keyboard.type(reserved.barcode);
      await page.keyboard.press('Enter');

      // The alert: at the top of the work area, fully in view at 1366x768 without scrolling, with a beep.
      const alert = page.getByRole('alert', { name: /^Let op/ });
      await visible(alert, 'the reserved-for alert');
      await textMatches(alert, /Gereserveerd voor .* leg op de afhaalplank tot/, 'the alert text');
      await waitForFocus(page, (f) => f.startsWith('button#|Gezien'), 'the "Gezien" button');
      const fit = await page.evaluate(() => {
        const box = document.querySelector('[data-testid="desk-alert"]').getBoundingClientRect();
        const field = document.querySelector('#checkin-barcode').getBoundingClientRect();
        return { top: box.top, bottom: box.bottom, fieldTop: field.top, height: innerHeight, scrollY };
      });
      assert(
        fit.top >= 0 && fit.bottom <= fit.height,
        `the alert should be fully in view: ${fit.top}–${fit.bottom} of ${fit.height}`,
      );
      assert(fit.bottom <= 640, `the alert should fit under a browser's own bars too, ends at ${fit.bottom}`);
      assert(fit.bottom <= fit.fieldTop, 'the alert should be above the scan field');
      assert(fit.scrollY === 0, `the page should not need scrolling, scrollY ${fit.scrollY}`);
      assert((await page.evaluate(() => window.__deskBeeps)) === 1, 'one beep for the reserved copy');

      // A scanner goes on with the stack: two barcodes + Enter while the alert is open.
      for (const copy of [one, two]) {
        await page.keyboard.type(copy.barcode);
        await page.keyboard.press('Enter');
      }
      await textMatches(
        page.getByTestId('desk-alert-waiting'),
        /2 wachtend: worden ingenomen zodra je op “Gezien” drukt/,
        'the count of waiting scans',
      );
      const pending = page.getByTestId('checkin-pending');
      await atLeast(pending, 2, 'two waiting rows');
      await textMatches(pending.nth(0), new RegExp(`Wachtend.*${two.barcode}`), 'the newest waiting row');
      await textMatches(pending.nth(1), new RegExp(`Wachtend.*${one.barcode}`), 'the first waiting row');
      assert(
        (await page.locator('#checkin-barcode').inputValue()) === '',
        'the field is empty for the next scan',
      );
      assert(await alert.isVisible(), 'a scanner does not acknowledge the alert');
      await waitForFocus(page, (f) => f.startsWith('button#|Gezien'), 'the "Gezien" button after the scans');
      for (const copy of [one, two]) {
        const copyNow = await api(`/api/copies/${copy.barcode}`, { token });
        assert(
          copyNow.json?.status === 'ON_LOAN',
          `${copy.barcode} waits: still on loan, is ${copyNow.json?.status}`,
        );
      }
      await shot('staff-checkin-alert-queue');
      await axe('the check-in desk with an alert and two waiting scans');

      // A person acknowledges with Enter: both waiting scans are checked in, in order.
      await page.waitForTimeout(400);
      await page.keyboard.press('Enter');
      await alert.waitFor({ state: 'detached' });
      const rows = page.getByTestId('checkin-rows').locator(':scope > li');
      await page.getByTestId('checkin-pending').first().waitFor({ state: 'detached' });
      await atLeast(rows, 3, 'three rows in the session list');
      await textMatches(
        rows.nth(0),
        new RegExp(`${two.title}.*${two.barcode}.*Lening afgesloten`),
        'the 2nd scan',
      );
      await textMatches(
        rows.nth(1),
        new RegExp(`${one.title}.*${one.barcode}.*Lening afgesloten`),
        'the 1st scan',
      );
      await textMatches(rows.nth(2), /Gereserveerd voor/, 'the reserved row');
      await waitForFocus(page, (f) => f.startsWith('input#checkin-barcode'), 'the barcode field again');
      await shot('staff-checkin-queue-done');

      // The service agrees: both loans are closed (a second check-in finds no loan).
      for (const copy of [one, two]) {
        const again = await api('/api/checkins', { token, method: 'POST', body: { barcode: copy.barcode } });
        assert(again.status === 200, `a second check-in of ${copy.barcode} answered ${again.status}`);
        assert(!again.json.returnedLoan, `${copy.barcode} should no longer be on loan`);
      }
    },
  },
  {
    name: 'staff: check-out of a loan-blocked copy is refused with its end date and reason',
    async run({ page, go, shot, axe }) {
      const daan = await api('/api/me', { token: await tokenFor('daan') });
      const card = daan.json?.student?.membership?.cardNumber;
      assert(card, 'daan should have a library card');

      await loginThrough(page, go, '/balie/uitlenen', 'bieb.noord');
      await urlMatches(page, /\/balie\/uitlenen$/);
      await visible(page.getByRole('heading', { level: 1, name: 'Uitlenen' }));
      await waitForFocus(page, (f) => f.startsWith('input#checkout-patron'), 'the card field');
      await axe('the check-out patron step');
      await page.keyboard.type(card);
      await page.keyboard.press('Enter');
      await waitForFocus(page, (f) => f.startsWith('input#checkout-barcode'), 'the barcode field');
      await textMatches(page.getByTestId('checkout-patron'), new RegExp(card), 'the chosen card');
      await page.keyboard.type(LOAN_BLOCKED_COPY);
      await page.keyboard.press('Enter');
      const refusal = page.getByTestId('checkout-refusal');
      await textMatches(
        refusal,
        /Uitleenblokkade tot en met \d{1,2} [a-z]+ \d{4}/,
        'the end date of the block',
      );
      await textMatches(refusal, /Reden: Tentoonstelling Kinderboekenweek/, 'the reason of the block');
      await textMatches(
        page.getByTestId('checkout-rows').locator(':scope > li').first(),
        /Niet uitgeleend/,
        'the refused row',
      );
      assert((await focusedId(page)) === 'checkout-barcode', 'the field keeps focus after a refusal');
      await shot('staff-checkout-refused');
      await axe('the check-out page with a refusal');
    },
  },
  {
    name: 'staff: the hold shelf shows ready and to-clear entries and the pick list',
    async run({ page, go, shot, axe }) {
      const token = await tokenFor('bieb.centrum');
      const shelf = await api('/api/hold-shelf', { token });
      assert(shelf.status === 200, `GET /api/hold-shelf answered ${shelf.status}`);
      const { ready, toClear, pickList } = shelf.json;
      assert(ready.length + toClear.length > 0, 'the demo hold shelf of Centrum should not be empty');

      await loginThrough(page, go, '/balie/afhaalplank', 'bieb.centrum');
      await urlMatches(page, /\/balie\/afhaalplank$/);
      await visible(page.getByRole('heading', { level: 1, name: 'Afhaalplank' }));
      const readyTab = page.getByRole('tab', { name: `Klaar om op te halen (${ready.length})` });
      await visible(readyTab, 'the ready tab with its count');
      await visible(page.getByRole('tab', { name: `Opruimen (${toClear.length})` }), 'the to-clear tab');
      await visible(page.getByRole('tab', { name: `Paklijst (${pickList.length})` }), 'the pick-list tab');
      if (ready.length > 0) {
        const table = page.getByTestId('hold-shelf-ready');
        await atLeast(table.locator('tbody tr'), ready.length, 'ready rows');
        await visible(table.getByText(ready[0].patron.name), 'the student of a ready entry');
        await visible(table.getByText(ready[0].barcode), 'the barcode of a ready entry');
      }
      await shot('staff-hold-shelf-ready');
      await axe('the hold shelf (ready)');

      // Keyboard: arrow to the next tab.
      await readyTab.focus();
      await page.keyboard.press('ArrowRight');
      await urlMatches(page, /tab=opruimen/);
      if (toClear.length > 0) {
        const table = page.getByTestId('hold-shelf-to-clear');
        await atLeast(table.locator('tbody tr'), toClear.length, 'to-clear rows');
        await visible(table.getByText(toClear[0].barcode), 'the barcode of an entry to clear');
        await visible(
          table.getByRole('link', { name: `Opnieuw innemen: ${toClear[0].barcode}` }),
          'the check-in-again link',
        );
      }
      await shot('staff-hold-shelf-to-clear');
      await axe('the hold shelf (to clear)');
      await page.keyboard.press('ArrowRight');
      await urlMatches(page, /tab=paklijst/);
      await shot('staff-hold-shelf-pick-list');
    },
  },
  {
    name: 'staff: a series mutation dry-runs a count, applies to that many copies, and undo restores them',
    async run({ page, go, shot, axe }) {
      const token = await tokenFor('bieb.noord');
      // Three copies of "Dissus" at Noord (Kinderboekenweek, code 7), pasted as barcodes.
      const search = await api('/api/titles?q=Dissus', { token });
      const title = search.json.items.find((t) => t.title === 'Dissus');
      assert(title, 'the demo title "Dissus"');
      const copies = (await api(`/api/titles/${title.id}`, { token })).json.copies.filter(
        (c) => c.locationName === 'Bibliotheek Rivierenland Noord',
      );
      assert(copies.length >= 2, 'at least two copies of Dissus at Noord');
      const barcodes = copies.map((c) => c.barcode);
      const before = {};
      for (const barcode of barcodes) before[barcode] = (await api(`/api/copies/${barcode}`, { token })).json;

      await loginThrough(page, go, '/balie/seriemutaties', 'bieb.noord');
      await urlMatches(page, /\/balie\/seriemutaties$/);
      await visible(page.getByRole('heading', { level: 1, name: 'Seriemutaties' }));
      await page.getByLabel('Barcodes').fill(barcodes.join('\n'));
      await page.getByRole('radio', { name: '8 — niet reserveerbaar' }).check();
      await page.getByRole('radio', { name: 'Blokkeren voor uitlenen' }).check();
      await page.getByLabel('Reden (optioneel)').fill('Tentoonstelling (e2e)');
      await page.getByRole('button', { name: 'Proefdraaien' }).click();
      await textMatches(
        page.getByTestId('dry-run-count'),
        new RegExp(`^${barcodes.length} exemplaren passen bij deze selectie\\.$`),
        'the dry-run count',
      );
      await atLeast(page.getByTestId('dry-run-sample').locator('tbody tr'), barcodes.length, 'sample rows');
      await shot('staff-series-dry-run');
      await axe('the series mutation page with a dry run');

      await page.getByRole('button', { name: `Toepassen op ${barcodes.length} exemplaren…` }).click();
      const dialog = page.getByRole('dialog', { name: `${barcodes.length} exemplaren wijzigen?` });
      await visible(dialog, 'the confirmation stating the count');
      await shot('staff-series-confirm');
      await dialog.getByRole('button', { name: `Ja, wijzig ${barcodes.length} exemplaren` }).click();
      const applied = await textMatches(
        page.getByTestId('series-applied'),
        new RegExp(`Klaar: ${barcodes.length} exemplaren gewijzigd \\(seriemutatie (\\d+)\\)`),
        'the applied notice',
      );
      const id = /seriemutatie (\d+)/.exec(applied)[1];
      for (const barcode of barcodes) {
        const copy = (await api(`/api/copies/${barcode}`, { token })).json;
        assert(copy.reservationBlock.level === 'NOT_RESERVABLE', `${barcode} should be code 8 now`);
        assert(
          copy.loanBlock.blocked && copy.loanBlock.reason === 'Tentoonstelling (e2e)',
          `${barcode} loan block`,
        );
      }

      const row = page.getByTestId('series-list').locator(`tr[data-mutation-id="${id}"]`);
      await visible(row, 'the mutation in the list');
      await shot('staff-series-applied');
      await row.getByRole('button', { name: `Ongedaan maken: seriemutatie ${id}` }).click();
      const undo = page.getByRole('dialog', { name: `Seriemutatie ${id} ongedaan maken?` });
      await undo.getByRole('button', { name: 'Ja, maak ongedaan' }).click();
      await textMatches(
        page.getByTestId('series-undone'),
        new RegExp(`Seriemutatie ${id} is ongedaan gemaakt: ${barcodes.length} exemplaren hersteld`),
        'the undo notice',
      );
      for (const barcode of barcodes) {
        const copy = (await api(`/api/copies/${barcode}`, { token })).json;
        assert(
          copy.reservationBlock.level === before[barcode].reservationBlock.level &&
            copy.loanBlock.blocked === before[barcode].loanBlock.blocked,
          `${barcode} should be restored`,
        );
      }
      await shot('staff-series-undone');
    },
  },
  {
    name: 'staff: copy detail shows both blocks and changes the reservation block with an end date',
    async run({ page, go, shot, axe }) {
      await loginThrough(page, go, '/balie/exemplaren', 'bieb.noord');
      await urlMatches(page, /\/balie\/exemplaren$/);
      await waitForFocus(page, (f) => f.startsWith('input#copy-barcode'), 'the barcode field');
      await axe('the copy lookup');
      await page.keyboard.type(LOAN_BLOCKED_COPY);
      await page.keyboard.press('Enter');
      await urlMatches(page, new RegExp(`/balie/exemplaren/${LOAN_BLOCKED_COPY}$`));
      await visible(page.getByRole('heading', { level: 1, name: /Het boek van alle dingen/ }));
      await textMatches(
        page.getByTestId('reservation-block-now'),
        /7 — alleen eigen leners/,
        'the reservation block',
      );
      await textMatches(
        page.getByTestId('loan-block-now'),
        /Geblokkeerd voor uitlenen tot en met \d{1,2} [a-z]+ \d{4} — reden: Tentoonstelling Kinderboekenweek/,
        'the loan block with end date and reason',
      );
      await shot('staff-copy-detail');
      await axe('the copy detail');

      const until = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
      await page.getByRole('radio', { name: '8 — niet reserveerbaar' }).check();
      await page.getByLabel('Einddatum (optioneel)').first().fill(until);
      await page.getByRole('button', { name: 'Reserveringsblokkade opslaan' }).click();
      await textMatches(
        page.getByTestId('reservation-block-now'),
        /8 — niet reserveerbaar tot en met/,
        'the new block',
      );
      await atLeast(page.getByTestId('copy-history').locator('tbody tr'), 1, 'a history row');
      await textMatches(
        page.getByTestId('copy-history').locator('tbody tr').first(),
        /Reserveringsblokkade.*bieb\.noord|bieb\.noord.*Reserveringsblokkade/,
        'the change in the history',
      );
      await shot('staff-copy-detail-changed');
      // Put code 7 back (without end date) so other scenarios see the demo state.
      await page.getByRole('radio', { name: '7 — alleen eigen leners' }).check();
      await page.getByLabel('Einddatum (optioneel)').first().fill('');
      await page.getByRole('button', { name: 'Reserveringsblokkade opslaan' }).click();
      await textMatches(page.getByTestId('reservation-block-now'), /7 — alleen eigen leners/, 'code 7 again');
    },
  },
  {
    name: 'staff: collections, special passes and school policy pages',
    async run({ page, go, shot, axe }) {
      await loginThrough(page, go, '/balie/collecties', 'bieb.centrum');
      await urlMatches(page, /\/balie\/collecties$/);
      const kbw = page.getByTestId('collections').locator('tr', { hasText: 'KBW-2026' });
      await textMatches(kbw, /7 — alleen eigen leners/, 'the default block of KBW-2026');
      await shot('staff-collections');
      await axe('the collections page');

      await page
        .getByRole('navigation', { name: 'Balie' })
        .getByRole('link', { name: 'Speciale passen' })
        .click();
      await urlMatches(page, /\/balie\/speciale-passen$/);
      await visible(page.getByRole('heading', { level: 2, name: 'Voorleeshoek' }), 'the pass "Voorleeshoek"');
      await visible(page.getByRole('link', { name: 'Innemen: 301000000003' }), 'a copy lent to the pass');
      await shot('staff-special-passes');
      await axe('the special passes page');

      await page
        .getByRole('navigation', { name: 'Balie' })
        .getByRole('link', { name: 'Schoolbeleid' })
        .click();
      await urlMatches(page, /\/balie\/schoolbeleid$/);
      await visible(page.getByLabel('School'), 'the school choice');
      await visible(page.getByLabel('Leerlingen mogen reserveren in de schoolbieb'), 'the policy form');
      await shot('staff-school-policy');
      await axe('the school policy page');
    },
  },
];

// Registered with the list of scenarios.mjs (scenarios.spec.mjs imports this module once, after scenarios.mjs).
scenarios.push(...staffScenarios);
