// End-to-end scenarios of the dialogs and forms: the reserve dialog when the connection drops (it stays open
// with the failure and a retry, the loaded page stays), and where focus goes after each submit (the result or
// the first error, never <body>). Own data: sanne reserves "De heksen" at De Regenboog; bieb.noord changes the
// copies of "De wind in de wilgen" at Noord and undoes it; bieb.noord's loan-block form on one of those copies;
// bieb.centrum saves the first school's policy unchanged.
import { assert, textMatches, visible } from './helpers.mjs';
import { scenarios } from './scenarios.mjs';
import { logIn, titleId, titleSettled, withoutReservation } from './scenarios-student.mjs';
import { api } from './service-api.mjs';

const NOORD = 'Bibliotheek Rivierenland Noord';

/** What has focus: tag, id, test id and text (never <body> after a submit). */
async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      testId: el?.getAttribute('data-testid') ?? '',
      text: el?.textContent?.trim() ?? '',
    };
  });
}

/** Waits until the focused element matches `predicate`. */
async function focusLandsOn(page, predicate, what) {
  let last = null;
  for (let i = 0; i < 50; i += 1) {
    last = await focused(page);
    if (predicate(last)) return last;
    await page.waitForTimeout(100);
  }
  assert(
    false,
    `focus should be on ${what}, but is on <${last.tag} id="${last.id}"> "${last.text.slice(0, 60)}"`,
  );
  return last;
}

/** The barcodes of a title's copies at Noord. */
async function noordBarcodes(title) {
  const id = await titleId(title);
  const detail = await api(`/api/titles/${id}`, { as: 'bieb.noord' });
  const barcodes = detail.copies.filter((c) => c.locationName === NOORD).map((c) => c.barcode);
  assert(barcodes.length > 0, `copies of "${title}" at Noord`);
  return barcodes;
}

scenarios.push(
  {
    name: 'forms: the connection drops at "Ja, reserveer" — the dialog stays with the failure; retry reserves',
    async run({ page, go, shot, axe }) {
      const title = 'De heksen';
      const id = await titleId(title);
      await withoutReservation('sanne', id);
      await logIn(page, go, 'sanne', `/titels/${id}`);
      await titleSettled(page, title);

      await page.getByRole('button', { name: 'Reserveer in de schoolbibliotheek' }).click();
      const dialog = page.getByRole('dialog', { name: `${title} reserveren` });
      await visible(dialog, 'the reserve dialog');
      // The connection drops: the reservation and the refresh of the title page both fail.
      const cut = (route) => route.abort('internetdisconnected');
      await page.route('**/api/reservations**', cut);
      await page.route(`**/api/titles/${id}`, cut);
      await dialog.getByRole('button', { name: 'Ja, reserveer' }).click();

      const failure = dialog.getByRole('alert');
      await textMatches(failure, /Het reserveren is niet gelukt\. Probeer het opnieuw\./, 'the failure');
      await focusLandsOn(page, (f) => f.text.includes('Het reserveren is niet gelukt'), 'the failure');
      await visible(dialog.getByRole('button', { name: 'Probeer opnieuw' }), 'the retry button');
      // The page that had loaded stays, with a small note once its refresh has failed.
      await visible(
        page.getByText('Bijwerken lukte even niet: je ziet wat er eerder geladen was.').first(),
        'the note that the refresh failed',
      );
      await visible(dialog, 'the dialog, still open');
      await visible(page.getByRole('heading', { level: 1, name: title }), 'the title page, still there');
      await shot('forms-reserve-connection-lost');
      await axe('the reserve dialog with the failure');

      await page.unroute('**/api/reservations**', cut);
      await page.unroute(`**/api/titles/${id}`, cut);
      await dialog.getByRole('button', { name: 'Probeer opnieuw' }).click();
      await visible(dialog.getByText('Gelukt! Je hebt het boek gereserveerd.'), 'reserved after the retry');
      await visible(dialog.getByText(/Je bent nummer \d+ in de rij\.|klaar/), 'the place in line');
      await focusLandsOn(page, (f) => f.text.startsWith('Gelukt!'), 'the outcome');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await focusLandsOn(page, (f) => f.tag !== 'body', 'the page again (not <body>)');
      await withoutReservation('sanne', id);
    },
  },
  {
    name: 'forms: after a search focus is on the result heading',
    async run({ page, go, axe }) {
      await go('/zoeken');
      await page.getByRole('searchbox', { name: /Zoek op titel/ }).fill('heksen');
      await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
      await textMatches(page.locator('#results-heading'), /gevonden voor “heksen”/, 'the result count');
      await focusLandsOn(page, (f) => f.id === 'results-heading', 'the results heading');
      await axe('search results with focus on the heading');
    },
  },
  {
    name: 'forms: login — focus on the first wrong field, then on the refusal',
    async run({ page, go, axe }) {
      await go('/inloggen');
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await focusLandsOn(page, (f) => f.id === 'login-username', 'the username field');
      const username = page.getByLabel('Gebruikersnaam');
      assert((await username.getAttribute('aria-invalid')) === 'true', 'the username is marked invalid');
      await visible(page.locator('#login-username-error'), 'the username error');
      await axe('the login form with errors');
      await username.fill('sanne');
      await page.getByLabel('Wachtwoord').fill('not-the-password');
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await focusLandsOn(page, (f) => f.tag === 'div' && f.text.length > 0, 'the refusal');
      await visible(page.getByRole('alert'), 'the refusal');
    },
  },
  {
    name: 'forms: series mutation — the confirmation starts on "Terug"; after applying focus is on the outcome and the form is empty',
    async run({ page, go, shot, axe }) {
      const barcodes = await noordBarcodes('De wind in de wilgen');
      await logIn(page, go, 'bieb.noord', '/balie/seriemutaties');
      await visible(page.getByRole('heading', { level: 1, name: 'Seriemutaties' }));
      await page.getByLabel('Barcodes').fill(barcodes.join('\n'));
      await page.getByRole('radio', { name: '7 — alleen eigen leners' }).check();
      await page.getByRole('button', { name: 'Proefdraaien' }).click();
      await textMatches(
        page.getByTestId('dry-run-count'),
        /(past|passen) bij deze selectie/,
        'the dry-run count',
      );
      await focusLandsOn(page, (f) => f.id === 'series-result-heading', 'the dry-run result heading');

      await page.getByRole('button', { name: /^Toepassen op \d+ exempla(ar|ren)…$/ }).click();
      const dialog = page.getByRole('dialog', { name: /wijzigen\?$/ });
      await visible(dialog, 'the confirmation');
      await focusLandsOn(page, (f) => f.tag === 'button' && f.text === 'Terug', 'the safe button "Terug"');
      await shot('forms-series-confirm');
      await axe('the series confirmation');
      await dialog.getByRole('button', { name: /^Ja, wijzig/ }).click();
      await dialog.waitFor({ state: 'detached' });
      const applied = await textMatches(
        page.getByTestId('series-applied'),
        /Klaar: .*seriemutatie (\d+)/,
        'the outcome',
      );
      await focusLandsOn(page, (f) => f.testId === 'series-applied', 'the outcome');
      assert((await page.getByLabel('Barcodes').inputValue()) === '', 'the barcodes are cleared');
      assert(
        (await page.getByRole('button', { name: /^Toepassen op/ }).count()) === 0,
        'no apply button left to press twice',
      );
      await shot('forms-series-applied');
      const id = /seriemutatie (\d+)/.exec(applied)[1];
      await api(`/api/series-mutations/${id}/undo`, { as: 'bieb.noord', method: 'POST' });
    },
  },
  {
    name: 'forms: school policy — a wrong number puts focus on it with the error; a save on the saved note',
    async run({ page, go, axe }) {
      await logIn(page, go, 'bieb.centrum', '/balie/schoolbeleid');
      const max = page.getByLabel('Hoogste aantal lopende reserveringen per leerling');
      await visible(max, 'the policy form');
      const before = await max.inputValue();
      await max.fill('0');
      await page.getByRole('button', { name: 'Opslaan' }).click();
      await focusLandsOn(page, (f) => f.id === 'policy-max', 'the wrong number');
      await visible(page.getByText('Kies een aantal van 1 tot en met 50.'), 'the error');
      assert((await max.getAttribute('aria-invalid')) === 'true', 'the number is marked invalid');
      await axe('the school policy form with an error');
      await max.fill(before);
      await page.getByRole('button', { name: 'Opslaan' }).click();
      await focusLandsOn(page, (f) => f.text === 'Het schoolbeleid is opgeslagen.', 'the saved note');
    },
  },
  {
    name: 'forms: loan block — a past end date puts focus on it with the error; a save on the saved note',
    async run({ page, go, axe }) {
      const [barcode] = await noordBarcodes('De wind in de wilgen');
      await logIn(page, go, 'bieb.noord', `/balie/exemplaren/${barcode}`);
      const panel = page.getByRole('region', { name: 'Uitleenblokkade' });
      await visible(panel, 'the loan block panel');
      await panel.getByLabel('Einddatum (optioneel)').fill('2020-01-01');
      await panel.getByRole('button', { name: /^Uitleenblokkade (instellen|opslaan)$/ }).click();
      await focusLandsOn(page, (f) => f.id === 'loan-block-until', 'the end date with the error');
      await visible(panel.getByText('De einddatum mag niet in het verleden liggen.'), 'the error');
      await axe('the loan block form with an error');
      await panel.getByLabel('Einddatum (optioneel)').fill('');
      await panel.getByRole('button', { name: /^Uitleenblokkade (instellen|opslaan)$/ }).click();
      await focusLandsOn(page, (f) => f.text === 'De uitleenblokkade is opgeslagen.', 'the saved note');
      const lift = panel.getByRole('button', { name: 'Uitleenblokkade opheffen' });
      await lift.click();
      await focusLandsOn(page, (f) => f.text === 'De uitleenblokkade is opgeheven.', 'the lifted note');
    },
  },
);
