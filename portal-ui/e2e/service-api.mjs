// The service through the portal's /api proxy, for scenarios that set up and check their own data. Access tokens
// are kept per user until shortly before they end (the e2e service gives them one minute), then a new login.
import { AssertionError, urlMatches, visible } from './helpers.mjs';

const PORTAL_URL = (process.env.PORTAL_URL ?? 'http://localhost:5173').replace(/\/$/, '');
export const PASSWORD = 'demo1234';

/** @type {Map<string, { token: string, until: number }>} */
const tokens = new Map();

export async function token(username) {
  const kept = tokens.get(username);
  if (kept && kept.until > Date.now()) return kept.token;
  const response = await fetch(`${PORTAL_URL}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (!response.ok) throw new AssertionError(`API login as ${username} failed: ${response.status}`);
  const { accessToken, expiresAt } = await response.json();
  tokens.set(username, { token: accessToken, until: Date.parse(expiresAt) - 15_000 });
  return accessToken;
}

/**
 * One request as the user `as`, with a `token` of one's own, or anonymous: the status and the JSON body (null when
 * there is none or it is not JSON).
 */
export async function call(path, { as, token: own, method = 'GET', body } = {}) {
  const headers = { Accept: 'application/json' };
  const bearer = as ? await token(as) : own;
  if (bearer) headers.Authorization = `Bearer ${bearer}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${PORTAL_URL}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  try {
    return { status: response.status, json: text ? JSON.parse(text) : null };
  } catch {
    return { status: response.status, json: null };
  }
}

/** A request that must succeed: its JSON body. */
export async function api(path, options = {}) {
  const { status, json } = await call(path, options);
  if (status >= 400) {
    throw new AssertionError(
      `${options.method ?? 'GET'} ${path} as ${options.as ?? 'anonymous'}: ${status} ${json?.code ?? ''}`,
    );
  }
  return json;
}

/**
 * Open loans lent at `locationName` whose titles nobody waits for (checking them in raises no alert), in a stable
 * order; `skip` leaves the first ones to other scenarios that may run at the same time.
 */
export async function plainLoansAt(as, locationName, count, skip = 0) {
  const loans = await api('/api/loans?status=OPEN&size=100', { as });
  const found = [];
  for (const loan of loans.items) {
    if (found.length === skip + count) break;
    if (loan.location.name !== locationName || found.some((f) => f.titleId === loan.title.id)) continue;
    const queue = await api(`/api/titles/${loan.title.id}/queue`, { as });
    if (queue.length === 0)
      found.push({ titleId: loan.title.id, title: loan.title.title, barcode: loan.barcode });
  }
  if (found.length < skip + count) {
    throw new AssertionError(`only ${found.length} open loans at ${locationName} without a queue`);
  }
  return found.slice(skip);
}

/** Fills the login page (already open) and sends it. */
export async function fillLogin(page, username) {
  await visible(page.getByRole('heading', { level: 1, name: 'Inloggen' }), 'the login page');
  await page.getByLabel('Gebruikersnaam').fill(username);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

/** Keeps a session of sanne whose token the service refuses (ended or revoked), as if it had run out. */
export async function storeExpiredSession(page) {
  await page.evaluate(() =>
    sessionStorage.setItem(
      'bieb.session',
      JSON.stringify({
        accessToken: 'expired.or.revoked',
        expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
        user: { id: 1, username: 'sanne', displayName: 'Sanne (verlopen)', role: 'STUDENT' },
      }),
    ),
  );
}

/** Opens `path`, which sends to the login page, logs in, and waits to be back. */
export async function logInAt(page, go, path, username) {
  await go(path);
  await urlMatches(page, /\/inloggen\?returnTo=/);
  await fillLogin(page, username);
  await urlMatches(page, (url) => `${url.pathname}${url.search}` === path);
}
