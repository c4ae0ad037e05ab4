// The first day of a new library organisation in the portal (scripts/first-day.sh, part 2), on an EMPTY database:
// the first administrator through the one-time setup link the service printed (FIRST_DAY_SETUP_URL), then the
// organisation, a branch with opening hours, a school with its school library, a closure for both locations, a staff
// account for the school library (its temporary password read from the dialog) and an integration client (its secret
// read from the dialog). The new staff member logs in with the temporary password, has to choose a password first,
// and finds the school's student section empty; the integration client imports two students, the staff member prints
// their login cards, and a student logs in with a start code and chooses a password. axe on every page on the way.
import { expect } from '@playwright/test';
import { test } from './fixtures.mjs';
import { assert, textMatches, urlMatches, visible } from './helpers.mjs';

const SETUP_URL = process.env.FIRST_DAY_SETUP_URL;
const PORTAL_URL = (process.env.PORTAL_URL ?? 'http://localhost:5173').replace(/\/$/, '');

const ADMIN = { username: 'beheerder', name: 'Marieke Jansen', password: 'eerste-dag-beheer-2026' };
const STAFF = { username: 'juf.anna', name: 'Anna Bakker', password: 'anna-haar-eigen-wachtwoord' };
const SCHOOL = 'OBS De Zonnebloem';
const SCHOOL_LIBRARY = 'Schoolbibliotheek De Zonnebloem';
const BRANCH = 'Bibliotheek Rivierland Centrum';
const GROUP = 'groep 5';

/** yyyy-mm-dd, `days` from today. */
function dayFromNow(days) {
  const date = new Date(Date.now() + days * 86_400_000);
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Opens a section of the administration through its menu. */
async function section(page, name) {
  await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name, exact: true }).click();
  await visible(page.getByRole('heading', { level: 1, name }), `the page ${name}`);
}

async function logout(page) {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await visible(page.getByRole('link', { name: 'Inloggen' }), 'the login link in the header');
}

async function login(page, go, username, password) {
  await go('/inloggen');
  await visible(page.getByRole('heading', { level: 1, name: 'Inloggen' }), 'the login page');
  await page.getByLabel('Gebruikersnaam', { exact: true }).fill(username);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

/** The forced password change after a login with a temporary password or a start code. */
async function chooseOwnPassword(page, currentLabel, current, next, reason) {
  await urlMatches(page, /\/mijn-gegevens\/wachtwoord/);
  await visible(page.getByText(reason), 'why a password must be chosen');
  await page.getByLabel(currentLabel, { exact: true }).fill(current);
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(next);
  await page.getByLabel('Herhaal het nieuwe wachtwoord', { exact: true }).fill(next);
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
}

test('first day in the portal: setup link, organisation, locations, closure, accounts, login cards', async ({
  scenario,
}) => {
  test.setTimeout(240_000);
  assert(SETUP_URL, 'FIRST_DAY_SETUP_URL is not set (scripts/first-day.sh reads it from the service log)');
  const { page, go, shot, axe } = scenario;

  // 1. The first administrator through the setup link.
  await go(SETUP_URL);
  await visible(page.getByRole('heading', { level: 1, name: 'Eerste beheerder' }), 'the setup page');
  await visible(
    page.getByText('De installatiecode komt uit de link die je opende.'),
    'the token taken from the link',
  );
  assert(!page.url().includes('token='), `the token should leave the address bar, is ${page.url()}`);
  await shot('first-day-setup');
  await axe('the setup page');
  await page.getByLabel('Gebruikersnaam', { exact: true }).fill(ADMIN.username);
  await page.getByLabel('Naam', { exact: true }).fill(ADMIN.name);
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(ADMIN.password);
  await page.getByLabel('Herhaal het nieuwe wachtwoord', { exact: true }).fill(ADMIN.password);
  await page.getByRole('button', { name: 'Beheerder aanmaken' }).click();
  await urlMatches(page, /\/balie\/beheer\/organisaties$/);
  await visible(page.getByTestId('user-name').getByText(ADMIN.name), 'logged in as the administrator');
  await visible(
    page.getByRole('navigation', { name: 'Balie' }).getByRole('link', { name: 'Beheer' }),
    'Beheer in the staff menu',
  );

  // 2. The organisation.
  await visible(page.getByText('Er is nog geen organisatie.'), 'no organisation yet');
  await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
  let dialog = page.getByRole('dialog');
  await dialog.getByLabel('Code', { exact: true }).fill('BRL');
  await dialog.getByLabel('Naam', { exact: true }).fill('Bibliotheek Rivierland');
  await axe('the new organisation dialog');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await visible(page.getByRole('cell', { name: 'Bibliotheek Rivierland' }), 'the organisation in the list');
  await axe('the organisations page');

  // 3. A branch with its opening hours (Monday to Friday 09:00–17:30, Saturday 10:00–13:00).
  await section(page, 'Locaties');
  await page.getByRole('button', { name: 'Vestiging toevoegen' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Code', { exact: true }).fill('BRL-CENTRUM');
  await dialog.getByLabel('Naam', { exact: true }).fill(BRANCH);
  await dialog.getByLabel('Adres', { exact: true }).fill('Markt 1');
  await dialog.getByLabel('Postcode', { exact: true }).fill('4001 AA');
  await dialog.getByLabel('Plaats', { exact: true }).fill('Tiel');
  for (const day of ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag']) {
    await dialog.getByRole('checkbox', { name: day }).check();
    await dialog
      .getByLabel(`${day} open vanaf`, { exact: true })
      .fill(day === 'zaterdag' ? '10:00' : '09:00');
    await dialog.getByLabel(`${day} open tot`, { exact: true }).fill(day === 'zaterdag' ? '13:00' : '17:30');
  }
  await axe('the new branch dialog');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await visible(page.getByRole('cell', { name: /maandag 09:00–17:30/ }), 'the branch with its opening hours');

  // 4. A school with its school library and opening hours (the form starts with Monday to Friday 08:30–15:00).
  await section(page, 'Scholen');
  await page.getByRole('button', { name: 'School toevoegen' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('BRIN', { exact: true }).fill('12AB');
  await dialog.getByLabel('Naam van de school', { exact: true }).fill(SCHOOL);
  await dialog.getByLabel('Code', { exact: true }).fill('SB-ZONNEBLOEM');
  await dialog.getByLabel('Naam', { exact: true }).fill(SCHOOL_LIBRARY);
  await dialog.getByLabel('Plaats', { exact: true }).fill('Tiel');
  await dialog.getByLabel('woensdag open tot', { exact: true }).fill('12:30');
  await axe('the new school dialog');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await visible(page.getByRole('cell', { name: SCHOOL }), 'the school in the list');
  await axe('the schools page');
  await section(page, 'Locaties');
  await visible(
    page.getByRole('cell', { name: /woensdag 08:30–12:30/ }),
    'the school library with its opening hours',
  );
  await axe('the locations page');

  // 5. A closure for both locations.
  await section(page, 'Sluitingen');
  await visible(page.getByText('Er zijn geen komende sluitingen.'), 'no closures yet');
  await page.getByLabel('Van', { exact: true }).fill(dayFromNow(14));
  await page.getByLabel('Tot en met', { exact: true }).fill(dayFromNow(15));
  await page.getByLabel('Reden', { exact: true }).fill('Studiedag');
  await page.getByRole('checkbox', { name: BRANCH }).check();
  await page.getByRole('checkbox', { name: SCHOOL_LIBRARY }).check();
  await page.getByRole('button', { name: 'Sluiting opslaan' }).click();
  await textMatches(page.getByTestId('closure-result'), /opgeslagen voor 2 locaties/, 'the closure saved');
  await textMatches(
    page.getByTestId('closure-result'),
    /Er zijn geen ophaaldatums verschoven/,
    'no pickup dates moved',
  );
  await textMatches(page.getByTestId('closures'), /Studiedag/, 'the closure in the list');
  await shot('first-day-closures');
  await axe('the closures page');

  // 6. A staff account for the school library: the temporary password is shown once.
  await section(page, 'Medewerkers');
  await page.getByRole('button', { name: 'Medewerker toevoegen' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Gebruikersnaam', { exact: true }).fill(STAFF.username);
  await dialog.getByLabel('Naam', { exact: true }).fill(STAFF.name);
  await dialog.getByLabel('Locatie', { exact: true }).selectOption({ label: SCHOOL_LIBRARY });
  await dialog.getByRole('button', { name: 'Account aanmaken' }).click();
  dialog = page.getByRole('dialog', { name: `Tijdelijk wachtwoord voor ${STAFF.name}` });
  const temporary = (
    (await (await visible(dialog.getByTestId('temporary-password'))).textContent()) ?? ''
  ).trim();
  assert(temporary.length >= 8, `expected a temporary password, got "${temporary}"`);
  await visible(
    dialog.getByText('Dit wordt maar één keer getoond.', { exact: false }),
    'the once-only warning',
  );
  await shot('first-day-staff-account');
  await axe('the temporary password dialog');
  await dialog.getByRole('button', { name: 'Ik heb het bewaard' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await textMatches(page.getByTestId('staff-accounts'), /Nog geen eigen wachtwoord/, 'the new account');
  assert((await page.getByText(temporary).count()) === 0, 'the temporary password is gone');
  await axe('the staff accounts page');

  // 7. An integration client for the school's student administration: its secret is shown once.
  await section(page, 'Koppelingen');
  await page.getByRole('button', { name: 'Koppeling toevoegen' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Client-id', { exact: true }).fill('zonnebloem-sis');
  await dialog.getByLabel('Naam', { exact: true }).fill('Leerlingadministratie De Zonnebloem');
  await dialog.getByLabel('Geldt voor', { exact: true }).selectOption({ label: SCHOOL });
  await dialog.getByRole('button', { name: 'Koppeling aanmaken' }).click();
  dialog = page.getByRole('dialog', { name: /Geheim van/ });
  const secret = ((await (await visible(dialog.getByTestId('client-secret'))).textContent()) ?? '').trim();
  assert(secret.length >= 16, 'expected the client secret');
  await axe('the client secret dialog');
  await dialog.getByRole('button', { name: 'Ik heb het bewaard' }).click();
  await visible(page.getByRole('cell', { name: 'zonnebloem-sis' }), 'the client in the list');
  await axe('the integrations page');

  // 8. The new staff member: temporary password, then a password of their own, then the school's students (none).
  await logout(page);
  await login(page, go, STAFF.username, temporary);
  await chooseOwnPassword(
    page,
    'Tijdelijk wachtwoord',
    temporary,
    STAFF.password,
    'Je logt in met een tijdelijk wachtwoord. Kies nu je eigen wachtwoord; daarna kun je verder.',
  );
  await urlMatches(page, /\/balie\/innemen/);
  await go('/balie/beheer/leerlingen');
  await visible(
    page.getByRole('heading', { level: 1, name: 'Leerlingen en inlogkaarten' }),
    'the students page',
  );
  await visible(
    page.getByText('Deze school heeft nog geen leerlingen.', { exact: false }),
    'no students yet',
  );
  await axe('the empty students page');

  // 9. The student administration imports two students; the staff member prints their login cards.
  const tokenResponse = await fetch(`${PORTAL_URL}/api/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: 'zonnebloem-sis',
      client_secret: secret,
    }),
  });
  assert(tokenResponse.ok, `the client's token: ${tokenResponse.status}`);
  const { access_token: clientToken } = await tokenResponse.json();
  const imported = await fetch(`${PORTAL_URL}/api/students/import`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${clientToken}` },
    body: JSON.stringify({
      students: [
        { studentNumber: '2026-0001', firstName: 'Sanne', lastName: 'de Vries', groupName: GROUP },
        { studentNumber: '2026-0002', firstName: 'Daan', lastName: 'Jansen', groupName: GROUP },
      ],
    }),
  });
  assert(imported.ok, `the student import: ${imported.status} ${await imported.text()}`);
  await page.reload();
  const groups = await visible(page.getByTestId('student-groups'), 'the groups');
  await textMatches(groups, new RegExp(`${GROUP}22`), 'the group with two students without a password');
  await groups.getByRole('button', { name: new RegExp(`Inlogkaarten printen\\s*${GROUP}`) }).click();
  await urlMatches(page, /\/balie\/beheer\/leerlingen\/inlogkaarten$/);
  const cards = page.getByTestId('login-cards').getByRole('listitem');
  await expect(cards).toHaveCount(2);
  await textMatches(cards.first(), new RegExp(SCHOOL), 'the school on the card');
  const studentUsername =
    (await cards.first().locator('.login-card__code').first().textContent())?.trim() ?? '';
  const startCode = (await cards.first().getByTestId('start-code').textContent())?.trim() ?? '';
  assert(/^[A-Z2-9]{8}$/.test(startCode), `expected a start code, got "${startCode}"`);
  await shot('first-day-login-cards');
  await axe('the login cards page');

  // 10. A student logs in with the start code and chooses a password.
  await logout(page);
  await login(page, go, studentUsername, startCode.toLowerCase());
  await chooseOwnPassword(
    page,
    'Startcode',
    startCode,
    'sanne-leest-graag',
    'Je logt in met een startcode. Kies nu je eigen wachtwoord.',
  );
  await urlMatches(page, /\/zoeken/);
  await visible(page.getByTestId('user-name'), 'logged in as the student');
});
