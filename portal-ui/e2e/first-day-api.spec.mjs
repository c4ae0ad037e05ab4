// The first day of a new library organisation, only through the REST API, on an EMPTY database (scripts/first-day.sh
// starts the service without demo data and with the first administrator from settings): organisation, branch, school
// with its school library, opening days and a closed period, the school's policy, a staff account, an integration
// client, a student import, a student's first login with the start code and password change, a title with a copy, a
// reservation, the check-in that shows "reserved for …", and the student's ready message. Every step is what the
// documentation (docs/first-day.md) tells a new organisation to do.
import { expect, test } from '@playwright/test';

const SERVICE_URL = (process.env.SERVICE_URL ?? 'http://127.0.0.1:18090').replace(/\/$/, '');
const ADMIN = process.env.FIRST_DAY_ADMIN_USERNAME ?? 'beheerder';
const ADMIN_PASSWORD = process.env.FIRST_DAY_ADMIN_PASSWORD ?? '';

/**
 * One request; fails the test unless the status is the expected one. Answers the JSON body (null when none).
 * @param {string} method @param {string} path
 * @param {{ token?: string, body?: unknown, form?: Record<string, string>, expect?: number }} [options]
 */
async function api(method, path, { token, body, form, expect: status = 200 } = {}) {
  /** @type {Record<string, string>} */
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  let payload;
  if (form) {
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
    payload = new URLSearchParams(form).toString();
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const response = await fetch(`${SERVICE_URL}${path}`, { method, headers, body: payload });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  expect(response.status, `${method} ${path} → ${response.status} ${text.slice(0, 400)}`).toBe(status);
  return json;
}

/** @param {string} username @param {string} password */
async function login(username, password) {
  return api('POST', '/api/auth/login', { body: { username, password } });
}

/** An ISO date `days` from today (the service's today is the real one here). */
function inDays(days) {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const weekdays = (from, to, opens, closes) =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ weekday: from + i, opens, closes }));

test('the first day of a new library organisation, only through the REST API', async () => {
  test.setTimeout(120_000);

  // 0. The database is empty: nobody but the administrator from the settings, no locations.
  expect(await api('GET', '/api/locations')).toEqual([]);
  expect(await api('GET', '/api/setup')).toEqual({ administratorNeeded: false });
  const admin = (await login(ADMIN, ADMIN_PASSWORD)).accessToken;
  const me = await api('GET', '/api/me', { token: admin });
  expect(me.role).toBe('ADMIN');

  // 1. The organisation, a branch and a school with its school library, with opening days.
  const organisation = await api('POST', '/api/organisations', {
    token: admin,
    body: { code: 'BIB-ZUIDRAND', name: 'Bibliotheek Zuidrand' },
    expect: 201,
  });
  const branch = await api('POST', '/api/locations', {
    token: admin,
    body: {
      organisationId: organisation.id,
      kind: 'BRANCH',
      code: 'BZ-CENTRUM',
      name: 'Vestiging Zuidrand Centrum',
      address: 'Marktplein 1',
      postalCode: '1234 AB',
      city: 'Zuidrand',
      openingHours: weekdays(2, 6, '10:00', '17:00'),
    },
    expect: 201,
  });
  const school = await api('POST', '/api/schools', {
    token: admin,
    body: {
      organisationId: organisation.id,
      brin: '99ZZ',
      name: 'OBS De Linde',
      studentUsernameRule: 'FIRST_NAME_LAST_NAME',
      library: {
        code: 'SB-LINDE',
        name: 'Schoolbibliotheek De Linde',
        address: 'Lindelaan 4',
        city: 'Zuidrand',
        pickupDays: 5,
        loanDays: 21,
      },
    },
    expect: 201,
  });
  const library = school.libraryLocationId;
  expect(library).toBeTruthy();
  await api('PUT', `/api/locations/${library}/opening-hours`, {
    token: admin,
    body: weekdays(1, 5, '08:30', '15:00'),
  });

  // 2. A closed period for both (a holiday a few weeks ahead), and the school's policy.
  const closure = await api('POST', '/api/closures', {
    token: admin,
    body: { from: inDays(30), to: inDays(37), reason: 'Voorjaarsvakantie', locationIds: [library, branch.id] },
    expect: 201,
  });
  expect(closure.closure.locations.map((l) => l.id).sort()).toEqual([library, branch.id].sort());
  const locations = await api('GET', '/api/locations');
  expect(locations.map((l) => l.code).sort()).toEqual(['BZ-CENTRUM', 'SB-LINDE']);
  const libraryView = locations.find((l) => l.id === library);
  expect(libraryView.openingHours).toHaveLength(5);
  expect(libraryView.closedPeriods).toEqual([
    expect.objectContaining({ from: inDays(30), to: inDays(37), reason: 'Voorjaarsvakantie' }),
  ]);
  const policy = await api('PUT', `/api/schools/${school.id}/policy`, {
    token: admin,
    body: { reserveAtSchool: true, reserveAtBranches: false, schoolOnlyCheckedOut: true, maxActiveReservations: 3 },
  });
  expect(policy.maxActiveReservations).toBe(3);

  // 3. A staff account for the school library: a temporary password, changed at the first login.
  const created = await api('POST', '/api/staff-accounts', {
    token: admin,
    body: { username: 'bieb.linde', displayName: 'Mevrouw Jansen', role: 'SCHOOL_STAFF', locationId: library },
    expect: 201,
  });
  const firstStaffLogin = await login('bieb.linde', created.temporaryPassword);
  expect(firstStaffLogin.user.mustChangePassword).toBe(true);
  const refused = await api('GET', '/api/hold-shelf', {
    token: firstStaffLogin.accessToken,
    expect: 403,
  });
  expect(refused.code).toBe('PASSWORD_CHANGE_REQUIRED');
  const staffPassword = 'linde-balie-2027';
  const changedStaff = await api('POST', '/api/me/password', {
    token: firstStaffLogin.accessToken,
    body: { currentPassword: created.temporaryPassword, newPassword: staffPassword },
  });
  expect(changedStaff.user.mustChangePassword).toBe(false);
  const staff = (await login('bieb.linde', staffPassword)).accessToken;

  // 4. An integration client for the school's pupil administration, and its student import.
  const client = await api('POST', '/api/integration-clients', {
    token: admin,
    body: { clientId: 'linde-sis', name: 'Leerlingadministratie OBS De Linde', scopes: ['students:write', 'events:read'], schoolId: school.id },
    expect: 201,
  });
  const clientToken = (
    await api('POST', '/api/auth/token', {
      form: { grant_type: 'client_credentials', client_id: 'linde-sis', client_secret: client.clientSecret },
    })
  ).access_token;
  const imported = await api('POST', '/api/students/import', {
    token: clientToken,
    body: {
      students: [
        { studentNumber: 'L-0001', firstName: 'Fenna', lastName: 'Bakker', groupName: 'groep 5' },
        { studentNumber: 'L-0002', firstName: 'Ravi', lastName: 'de Wit', groupName: 'groep 5' },
      ],
    },
  });
  expect(imported).toMatchObject({ created: 2, loginsCreated: 2, rejected: [] });
  expect(JSON.stringify(imported)).not.toMatch(/startCode|password/i);

  // 5. Login cards for group 5 (school staff), and Fenna's first login with her start code.
  const cards = await api('POST', `/api/schools/${school.id}/login-cards`, {
    token: staff,
    body: { groupName: 'groep 5' },
  });
  expect(cards.cards).toHaveLength(2);
  const fennaCard = cards.cards.find((card) => card.firstName === 'Fenna');
  const raviCard = cards.cards.find((card) => card.firstName === 'Ravi');
  expect(fennaCard.username).toBe('fenna.bakker');
  const fennaFirst = await login(fennaCard.username, fennaCard.startCode.toLowerCase());
  expect(fennaFirst.user.mustChangePassword).toBe(true);
  await api('POST', '/api/me/password', {
    token: fennaFirst.accessToken,
    body: { currentPassword: fennaCard.startCode, newPassword: 'dolfje-weerwolfje' },
  });
  const fenna = (await login(fennaCard.username, 'dolfje-weerwolfje')).accessToken;
  const fennaMe = await api('GET', '/api/me', { token: fenna });
  expect(fennaMe.role).toBe('STUDENT');

  // 6. A title with one copy at the school library (the school's staff catalogues it).
  const title = await api('POST', '/api/titles', {
    token: staff,
    body: {
      isbn: '9789025881139',
      title: 'Het raadsel van de verdwenen kat',
      authors: 'Anna Visser',
      language: 'dut',
      copies: [{ barcode: 'LINDE000001', locationId: library, shelfMark: 'VISS' }],
    },
    expect: 201,
  });

  // 7. Ravi borrows the copy; Fenna reserves the title for pickup at her school library.
  const students = await api('GET', `/api/schools/${school.id}/students?group=${encodeURIComponent('groep 5')}`, {
    token: staff,
  });
  const ravi = students.find((s) => s.username === raviCard.username);
  await api('POST', '/api/checkouts', {
    token: staff,
    body: { barcode: 'LINDE000001', patronId: ravi.patronId },
    expect: 201,
  });
  const reservation = await api('POST', '/api/reservations', {
    token: fenna,
    body: { titleId: title.id, pickupLocationId: library },
    expect: 201,
  });
  expect(reservation.status).toBe('WAITING');

  // 8. Ravi brings it back: the check-in says it is reserved for Fenna; Fenna's reservation is ready with a message.
  const checkin = await api('POST', '/api/checkins', { token: staff, body: { barcode: 'LINDE000001' } });
  expect(checkin.alert).toMatchObject({ reservationId: reservation.id, groupName: 'groep 5' });
  expect(checkin.alert.patronName).toContain('Fenna');
  const mine = await api('GET', '/api/me/reservations', { token: fenna });
  const ready = [...mine.school, ...mine.library].find((r) => r.id === reservation.id);
  expect(ready.status).toBe('READY');
  expect(ready.pickupBy).toBeTruthy();
  const messages = await api('GET', '/api/me/messages', { token: fenna });
  const message = messages.items.find((m) => m.kind === 'RESERVATION_READY');
  expect(message).toMatchObject({ reservationId: reservation.id, pickupBy: ready.pickupBy });
});
