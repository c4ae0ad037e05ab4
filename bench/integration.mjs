// The timed part of bench/integration.sh: the student import (JSON, one request; the same file again) and reading
// the event feed by cursor with a client token. Prints one JSON object.
//   node bench/integration.mjs <base-url> <client-id> <client-secret> <students> <start-cursor> <limit>
const [base, clientId, secret, studentsArg, startArg, limitArg] = process.argv.slice(2);
const students = Number(studentsArg);
const limit = Number(limitArg);

async function call(method, path, { token, body, form } = {}) {
  const headers = {};
  if (token) headers.Authorization = `Bearer ${token}`;
  let payload;
  if (form) {
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
    payload = new URLSearchParams(form).toString();
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = body;
  }
  const response = await fetch(base + path, { method, headers, body: payload });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;

const { access_token: token } = await call('POST', '/api/auth/token', {
  form: { grant_type: 'client_credentials', client_id: clientId, client_secret: secret },
});

// 10,000 students of one school; every other one with a consent-backed library link (as a school system sends them).
const rows = [];
for (let i = 1; i <= students; i++) {
  const row = {
    studentNumber: `BENCH-${String(i).padStart(6, '0')}`,
    firstName: `Leerling${i}`,
    lastName: `Bench${i}`,
    groupName: `groep ${3 + (i % 6)}`,
    libraryLink: i % 2 === 0,
  };
  if (i % 2 === 0) Object.assign(row, { consentBy: 'ouder via schooladministratie', consentAt: '2026-09-01T10:00:00Z' });
  rows.push(row);
}
const file = JSON.stringify({ students: rows });

let start = process.hrtime.bigint();
const first = await call('POST', '/api/students/import', { token, body: file });
const importSeconds = seconds(start);
start = process.hrtime.bigint();
const again = await call('POST', '/api/students/import', { token, body: file });
const againSeconds = seconds(start);
if (first.created + first.updated + first.unchanged !== students) throw new Error(`import: ${JSON.stringify(first)}`);
if (again.created !== 0 || again.updated !== 0 || again.unchanged !== students) {
  throw new Error(`the same file again changed something: ${JSON.stringify(again)}`);
}

// The event feed from the cursor before the generated events, at the largest page, until nothing more: once as a
// client catching up for the first time (the service just started), then again (warm).
async function readFeed() {
  let cursor = Number(startArg);
  let events = 0;
  let requests = 0;
  const begin = process.hrtime.bigint();
  for (;;) {
    const page = await call('GET', `/api/events?after=${cursor}&limit=${limit}`, { token });
    requests++;
    events += page.items.length;
    cursor = page.next;
    if (!page.more) break;
  }
  return { events, requests, seconds: seconds(begin) };
}
const cold = await readFeed();
const warm = await readFeed();

console.log(
  JSON.stringify({
    students,
    importSeconds: +importSeconds.toFixed(3),
    importCreated: first.created,
    importUpdated: first.updated,
    reimportSeconds: +againSeconds.toFixed(3),
    reimportUnchanged: again.unchanged,
    events: cold.events,
    pageLimit: limit,
    requests: cold.requests,
    feedSeconds: +cold.seconds.toFixed(3),
    eventsPerSecond: Math.round(cold.events / cold.seconds),
    warmFeedSeconds: +warm.seconds.toFixed(3),
    warmEventsPerSecond: Math.round(warm.events / warm.seconds),
  }),
);
