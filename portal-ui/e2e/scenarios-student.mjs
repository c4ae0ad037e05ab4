// End-to-end scenarios of the student screens (issue 5): reserve on the title page, the reserve dialog,
// mijn gegevens and berichten, against the real service with its demo data (password demo1234).
//
// Users and titles of their own, so they do not meet the staff scenarios: sanne (De Regenboog, reserving at
// school only), emma (De Wegwijzer, no library link), daan (De Wegwijzer, link + membership), noah (Het Palet,
// no reserving at all); "Dolfje Weerwolfje" and titles found by search. Each scenario sets up what it needs
// through the API, so it runs on its own (and again on the same database, until Dolfje's four copies at
// De Regenboog have all been checked in).
import { fileURLToPath } from 'node:url';
import {
  assert,
  AssertionError,
  atLeast,
  keepSavedLanguage,
  textMatches,
  urlMatches,
  visible,
} from './helpers.mjs';
import { scenarios } from './scenarios.mjs';
import { api, fillLogin, storeExpiredSession } from './service-api.mjs';

const REGENBOOG_LIBRARY = 'Schoolbibliotheek OBS De Regenboog';
const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));

/** A dialog sits over the viewport, so its screenshot is of the viewport (not the full page). */
async function dialogShot(page, name) {
  await page.screenshot({ path: `${ARTIFACTS}${name}.png` });
}

// ---------- the API, through the portal's /api proxy ----------

/** The id of the title called exactly `title`, found by searching for it. */
export async function titleId(title) {
  const page = await api(`/api/titles?q=${encodeURIComponent(title)}&size=20`);
  const hit = page.items.find((item) => item.title === title);
  if (!hit) throw new AssertionError(`the demo data has no title "${title}"`);
  return hit.id;
}

/** The student's active reservation of a title, if any. */
async function activeReservation(username, id) {
  const mine = await api('/api/me/reservations', { as: username });
  return [...mine.school, ...mine.library].find((r) => r.title.id === id) ?? null;
}

/** Cancels the student's active reservation of a title, so a scenario can place it again. */
export async function withoutReservation(username, id) {
  const current = await activeReservation(username, id);
  if (current)
    await api(`/api/reservations/${current.id}/cancel`, { as: username, method: 'POST', body: {} });
}

/** "YYYY-MM-DD", `days` from today. */
function dayFromNow(days) {
  const date = new Date(Date.now() + days * 86_400_000);
  return date.toISOString().slice(0, 10);
}

// ---------- the browser ----------

/** Logs in through the login page and waits to be back at `returnTo`. */
export async function logIn(page, go, username, returnTo) {
  await go(`/inloggen?returnTo=${encodeURIComponent(returnTo)}`);
  await fillLogin(page, username);
  await urlMatches(page, (url) => `${url.pathname}${url.search}` === returnTo);
}

/** The accessible name (aria-label or text) of the focused element, and whether it is inside `selector`. */
async function focusInfo(page, selector) {
  return page.evaluate((sel) => {
    const el = document.activeElement;
    return {
      name: el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '',
      inside: Boolean(el && el.closest(sel)),
    };
  }, selector);
}

/** Waits until the title page's own requests (title, reservation options) have settled. */
export async function titleSettled(page, title) {
  await visible(page.getByRole('heading', { level: 1, name: title }), `the title "${title}"`);
  await page.waitForLoadState('networkidle').catch(() => undefined);
}

/** @type {{ name: string, run: (t: import('./fixtures.mjs').ScenarioContext) => Promise<void> }[]} */
export const studentScenarios = [
  {
    name: 'student: emma (no library link) sees the branches refused with the reason, and a school button',
    async run({ page, go, shot, axe }) {
      const id = await titleId('Gangsta oma');
      await withoutReservation('emma', id);
      await logIn(page, go, 'emma', `/titels/${id}`);
      await titleSettled(page, 'Gangsta oma');

      const reserve = page.getByRole('region', { name: 'Reserveren' });
      await visible(reserve, 'the reserve section');
      await visible(
        reserve.getByRole('button', { name: 'Reserveer in de schoolbibliotheek' }),
        'the button for the school library',
      );
      const refused = reserve.locator('.reserve__option.is-refused');
      await textMatches(refused, /Bibliotheek Rivierenland Centrum/, 'the refused branches');
      await textMatches(refused, /niet gekoppeld aan de bibliotheek/, 'the library-link reason');
      assert(
        (await reserve.getByRole('button', { name: /Reserveer in Bibliotheek/ }).count()) === 0,
        'no reserve button for a branch without a library link',
      );
      await shot('student-title-options');
      await axe('the title page with reservation options');
    },
  },
  {
    name: 'student: sanne reserves "Dolfje Weerwolfje" at school with the keyboard and is number 1 in line',
    async run({ page, go, axe }) {
      const id = await titleId('Dolfje Weerwolfje');
      await withoutReservation('sanne', id);
      await logIn(page, go, 'sanne', `/titels/${id}`);
      await titleSettled(page, 'Dolfje Weerwolfje');

      const button = page.getByRole('button', { name: 'Reserveer in de schoolbibliotheek' });
      await visible(button, 'the school reserve button');
      await button.focus();
      await page.keyboard.press('Enter');

      const dialog = page.getByRole('dialog', { name: 'Dolfje Weerwolfje reserveren' });
      await visible(dialog, 'the reserve dialog');
      await visible(dialog.getByText('Wil je dit boek reserveren in de schoolbibliotheek?'), 'the question');
      // Focus is inside and stays inside (Tab wraps around).
      for (let i = 0; i < 4; i += 1) {
        const focus = await focusInfo(page, 'dialog[open]');
        assert(focus.inside, `focus left the dialog after ${i} × Tab (on "${focus.name}")`);
        await page.keyboard.press('Tab');
      }
      await dialogShot(page, 'student-reserve-dialog');
      await axe('the reserve dialog');

      await dialog.getByRole('button', { name: 'Ja, reserveer' }).focus();
      await page.keyboard.press('Enter');
      await visible(dialog.getByText('Je bent nummer 1 in de rij.'), 'place 1 in line');
      await visible(dialog.getByText(/Je krijgt een bericht/), 'the message hint');
      await dialogShot(page, 'student-reserve-result');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });

      const reserve = page.getByRole('region', { name: 'Reserveren' });
      await textMatches(
        reserve.locator('.reserve__current'),
        /Je hebt dit boek gereserveerd in de schoolbibliotheek\.\s*Je staat op plek 1 in de rij/,
        'the current reservation on the title page',
      );
      const focus = await focusInfo(page, '.reserve');
      assert(focus.inside, `after closing, focus should be in the reserve section, was on "${focus.name}"`);
      const mine = await activeReservation('sanne', id);
      assert(
        mine?.status === 'WAITING' && mine.position === 1,
        `expected WAITING at 1, got ${JSON.stringify(mine)}`,
      );
    },
  },
  {
    name: 'student: a check-in at De Regenboog makes "ligt klaar" appear in berichten and mijn gegevens',
    async run({ page, go, shot, axe }) {
      const id = await titleId('Dolfje Weerwolfje');
      // Set up what the previous scenario leaves behind, so this one runs on its own.
      let mine = await activeReservation('sanne', id);
      if (!mine) {
        const detail = await api(`/api/titles/${id}`, { as: 'sanne' });
        const school = detail.reservationOptions.options.find((o) => o.scope === 'SCHOOL' && o.allowed);
        assert(school, 'sanne cannot reserve Dolfje at school: is the demo data fresh?');
        mine = await api('/api/reservations', {
          as: 'sanne',
          method: 'POST',
          body: { titleId: id, pickupLocationId: school.pickupLocationId },
        });
      }
      if (mine.status !== 'READY') {
        const detail = await api(`/api/titles/${id}`, { as: 'school.regenboog' });
        const copy = detail.copies.find(
          (c) => c.locationName === REGENBOOG_LIBRARY && c.status === 'ON_LOAN',
        );
        assert(copy, `no copy of Dolfje on loan at ${REGENBOOG_LIBRARY} left: start from fresh demo data`);
        const result = await api('/api/checkins', {
          as: 'school.regenboog',
          method: 'POST',
          body: { barcode: copy.barcode },
        });
        assert(
          /Sanne/.test(result.alert?.patronName ?? ''),
          `check-in alert not for Sanne: ${JSON.stringify(result)}`,
        );
      }

      await logIn(page, go, 'sanne', '/zoeken');
      const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
      const badge = nav.getByTestId('unread-badge');
      await visible(badge, 'the unread badge');
      await textMatches(badge, /[1-9]/, 'the unread count');
      await visible(
        nav.getByRole('link', { name: /^Berichten \d+ ongelezen$/ }),
        'the accessible badge name',
      );
      await nav.getByRole('link', { name: /^Berichten/ }).click();

      await urlMatches(page, /\/berichten$/);
      await visible(page.getByRole('heading', { level: 1, name: 'Berichten' }));
      const toggle = page.getByRole('button', { name: /“Dolfje Weerwolfje” ligt voor je klaar/ }).first();
      await visible(toggle, 'the ready message');
      await shot('student-messages');
      await axe('berichten');
      await toggle.click();
      assert((await toggle.getAttribute('aria-expanded')) === 'true', 'the message should open');
      const item = page.locator('.message', { has: toggle });
      await textMatches(
        item.locator('.message__body'),
        /ligt voor je klaar in de schoolbibliotheek\. Haal het uiterlijk \S+ \d+ \S+ op\./,
        'the ready message in words',
      );
      // Opening marked it read: the "Nieuw" label and (with no other unread messages) the badge go away.
      await item.locator('.pill--new').waitFor({ state: 'detached' });
      await shot('student-message-open');

      await item.getByRole('link', { name: 'Bekijk je reservering' }).click();
      await urlMatches(page, /\/mijn-gegevens#reservering-\d+$/);
      const card = page.locator('.reservation-card', { hasText: 'Dolfje Weerwolfje' });
      await textMatches(
        card.locator('.reservation-card__status'),
        /^Ligt klaar in de schoolbibliotheek tot en met \S+ \d+ \S+/,
        'the ready status in mijn gegevens',
      );
      const school = page.getByRole('region', { name: 'Schoolbibliotheek' });
      await visible(school.getByText('Dolfje Weerwolfje'), 'Dolfje under "Schoolbibliotheek"');
      await visible(page.getByRole('heading', { level: 2, name: 'Geleend' }), 'the loans section');
      await visible(page.getByText('De Griezelbus'), "sanne's loan");
      await visible(page.locator('dd', { hasText: /^OBS De Regenboog$/ }), 'the school in the profile');
      await shot('student-account');
      await axe('mijn gegevens');
    },
  },
  {
    name: 'student: reserve while logged out → login → back on the title with the dialog open',
    async run({ page, go }) {
      const id = await titleId('Harry Potter en de Steen der Wijzen');
      await withoutReservation('daan', id);
      await go(`/titels/${id}`);
      await titleSettled(page, 'Harry Potter en de Steen der Wijzen');
      const reserve = page.getByRole('region', { name: 'Reserveren' });
      await visible(reserve.getByText('Log in om dit boek te reserveren.'), 'the logged-out hint');
      await reserve.getByRole('link', { name: 'Reserveer' }).click();

      await urlMatches(page, new RegExp(`/inloggen\\?returnTo=%2Ftitels%2F${id}%3Freserve%3D1$`));
      await fillLogin(page, 'daan');
      await urlMatches(page, (url) => url.pathname === `/titels/${id}` && url.search === '');

      const dialog = page.getByRole('dialog', { name: 'Harry Potter en de Steen der Wijzen reserveren' });
      await visible(dialog, 'the reserve dialog, opened after logging in');
      await visible(
        dialog.getByRole('group', { name: 'Waar wil je het boek ophalen?' }),
        'the pickup choice',
      );
      await dialog.getByRole('button', { name: 'Ja, reserveer' }).click();
      await visible(
        dialog.getByText('Kies waar je het boek wilt ophalen.'),
        'the choice is checked before sending',
      );
      await dialog.getByLabel('Bibliotheek Rivierenland Centrum').check();
      await visible(
        dialog.getByText('Wil je dit boek reserveren in Bibliotheek Rivierenland Centrum?'),
        'the question naming the branch',
      );
      await dialogShot(page, 'student-reserve-after-login');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      assert((await activeReservation('daan', id)) === null, 'Escape must not reserve');
      assert(!/reserve=/.test(page.url()), 'the ?reserve flag is gone from the address');
    },
  },
  {
    name: 'student: sanne reserves, pauses, resumes, sets "niet meer nodig na" and cancels in mijn gegevens',
    async run({ page, go, axe }) {
      const title = 'Gangsta oma';
      const id = await titleId(title);
      await withoutReservation('sanne', id);
      await logIn(page, go, 'sanne', `/titels/${id}`);
      await titleSettled(page, title);
      await page.getByRole('button', { name: 'Reserveer in de schoolbibliotheek' }).click();
      const reserveDialog = page.getByRole('dialog', { name: `${title} reserveren` });
      await reserveDialog.getByRole('button', { name: 'Ja, reserveer' }).click();
      await visible(reserveDialog.getByText(/^Je bent nummer \d+ in de rij\.$/), 'the place in line');
      await reserveDialog.getByRole('link', { name: 'Naar mijn gegevens' }).click();
      await urlMatches(page, /\/mijn-gegevens#reservering-\d+$/);

      const card = page.locator('.reservation-card', { hasText: title });
      await textMatches(
        card.locator('.reservation-card__status'),
        /^Je staat op plek \d+ in de rij/,
        'waiting',
      );
      await textMatches(card, /Ophalen in de schoolbibliotheek/, 'the pickup place');

      // Pause until a date, then resume.
      await card.getByRole('button', { name: `Pauzeren: ${title}` }).click();
      const pause = page.getByRole('dialog', { name: 'Reservering pauzeren' });
      await pause.getByLabel('Pauzeren tot en met').fill(dayFromNow(10));
      await pause.getByRole('button', { name: 'Pauzeren' }).click();
      await textMatches(page.locator('.notice'), /is gepauzeerd tot en met/, 'the pause notice');
      await textMatches(card, /Gepauzeerd tot en met \S+ \d+ \S+/, 'the paused card');
      await card.getByRole('button', { name: `Weer meedoen: ${title}` }).click();
      await textMatches(page.locator('.notice'), /doet weer mee/, 'the resume notice');
      await visible(card.getByRole('button', { name: `Pauzeren: ${title}` }), 'pause is offered again');

      // Not needed after a date.
      await card.getByRole('button', { name: `Niet meer nodig na…: ${title}` }).click();
      const notNeeded = page.getByRole('dialog', { name: 'Niet meer nodig na…' });
      await notNeeded.getByLabel('Niet meer nodig na').fill(dayFromNow(30));
      await notNeeded.getByRole('button', { name: 'Opslaan' }).click();
      await textMatches(card, /Niet meer nodig na \S+ \d+ \S+/, 'the not-needed-after date');

      // Cancel: Escape keeps it (focus back on the button), "Ja, annuleren" cancels.
      const cancelButton = card.getByRole('button', { name: `Annuleren: ${title}` });
      await cancelButton.click();
      const cancel = page.getByRole('dialog', { name: 'Reservering annuleren' });
      await visible(cancel.getByText(`Weet je zeker dat je je reservering van “${title}” wilt annuleren?`));
      const start = await focusInfo(page, 'dialog[open]');
      assert(start.name === 'Nee, houden', `focus should start on "Nee, houden", was on "${start.name}"`);
      await dialogShot(page, 'student-cancel-dialog');
      await axe('the cancel dialog');
      await page.keyboard.press('Escape');
      await cancel.waitFor({ state: 'detached' });
      const back = await focusInfo(page, 'main');
      assert(
        back.name === `Annuleren: ${title}`,
        `focus should return to the cancel button, was on "${back.name}"`,
      );

      await cancelButton.click();
      await cancel.getByRole('button', { name: 'Ja, annuleren' }).click();
      await textMatches(page.locator('.notice'), /is geannuleerd/, 'the cancel notice');
      await card.waitFor({ state: 'detached' });
      assert((await activeReservation('sanne', id)) === null, 'the reservation should be cancelled');
    },
  },
  {
    name: 'student: the English switch translates the title page, the dialog, my details and messages',
    async run({ page, go, shot, axe }) {
      const title = 'Dagboek van een muts';
      const id = await titleId(title);
      await withoutReservation('daan', id);
      await keepSavedLanguage(page);
      await logIn(page, go, 'daan', `/titels/${id}`);
      await page.getByRole('button', { name: 'EN', exact: true }).click();
      await titleSettled(page, title);

      const reserve = page.getByRole('region', { name: 'Reserve' });
      await visible(reserve.getByRole('button', { name: 'Reserve at the school library' }), 'English button');
      await visible(reserve.getByRole('button', { name: 'Reserve at Bibliotheek Rivierenland Centrum' }));
      await reserve.getByRole('button', { name: 'Reserve at Bibliotheek Rivierenland Centrum' }).click();
      const dialog = page.getByRole('dialog', { name: `Reserve ${title}` });
      await visible(
        dialog.getByText('Do you want to reserve this book at Bibliotheek Rivierenland Centrum?'),
      );
      await visible(dialog.getByRole('button', { name: 'Yes, reserve' }));
      await dialogShot(page, 'student-reserve-dialog-english');
      await dialog.getByRole('button', { name: 'No, not now' }).click();
      await dialog.waitFor({ state: 'detached' });

      await page.getByRole('link', { name: /Daan/ }).click();
      await urlMatches(page, /\/mijn-gegevens$/);
      await visible(page.getByRole('heading', { level: 1, name: 'My details' }));
      await visible(page.getByRole('heading', { level: 2, name: 'My reservations' }));
      await visible(page.getByRole('heading', { level: 3, name: 'Public library' }));
      await visible(page.getByRole('heading', { level: 2, name: 'On loan' }));
      await visible(page.getByRole('heading', { level: 2, name: 'About me' }));
      await atLeast(page.locator('.reservation-card'), 1, "daan's reservations");
      await textMatches(
        page.locator('.reservation-card__status').first(),
        /You are number \d+ in line|Ready at .+ until|On its way to/,
        'an English reservation status',
      );
      await visible(page.getByText(/Overdue! This book had to be back by/), 'the overdue loan in English');
      const main = (await page.locator('main').textContent()) ?? '';
      const dutch = main.match(
        /\b(Je staat|Ophalen|Geleend|Reserveer|Gereserveerd op|Terugbrengen|Annuleren)\b/,
      );
      assert(!dutch, `Dutch left on the English page: "${dutch?.[0]}"`);
      await shot('student-account-english');
      await axe('my details in English');

      const nav = page.getByRole('navigation', { name: 'Main menu' });
      await nav.getByRole('link', { name: /^Messages/ }).click();
      await urlMatches(page, /\/berichten$/);
      await visible(page.getByRole('heading', { level: 1, name: 'Messages' }));
      await textMatches(
        page.locator('.inbox-page'),
        /unread message|read all your messages|no messages yet/,
        'English',
      );
      const inbox = (await page.locator('main').textContent()) ?? '';
      assert(
        !/\b(ligt voor je klaar|Berichten|Nieuw)\b/.test(inbox),
        'Dutch left on the English messages page',
      );
      await shot('student-messages-english');
      await axe('messages in English');
    },
  },
  {
    name: 'student: noah (his school allows no reserving) sees no reserve button, and why',
    async run({ page, go, shot }) {
      const id = await titleId('Dolfje Weerwolfje');
      await logIn(page, go, 'noah', `/titels/${id}`);
      await titleSettled(page, 'Dolfje Weerwolfje');
      const detail = await api(`/api/titles/${id}`, { as: 'noah' });
      assert(detail.reservationOptions?.options.length === 0, 'the demo school of noah should allow nothing');
      await textMatches(
        page.getByRole('region', { name: 'Reserveren' }),
        /Op jouw school kun je geen boeken reserveren/,
        'the reason for noah',
      );
      assert(
        (await page.getByRole('button', { name: /Reserveer/ }).count()) === 0,
        'no Reserveer button for noah',
      );
      await visible(page.getByRole('region', { name: 'Waar staat het?' }), 'the availability is still shown');
      await shot('student-title-no-reserving');
    },
  },
  {
    name: 'student: an expired session on berichten goes to the login page and back',
    async run({ page, go }) {
      await go('/zoeken');
      await storeExpiredSession(page);
      await go('/berichten');
      await urlMatches(page, /\/inloggen\?returnTo=%2Fberichten$/);
      await fillLogin(page, 'sanne');
      await urlMatches(page, /\/berichten$/);
      await visible(page.getByRole('heading', { level: 1, name: 'Berichten' }), 'back on berichten');
    },
  },
];

scenarios.push(...studentScenarios);
