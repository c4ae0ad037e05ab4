// Steady traffic for bench/outage.sh: searches, logins and hold-shelf reads, CONCURRENCY (4) in flight, for SECONDS,
// every answer written as a JSON line {"t" (ms since the start), "kind", "status", "code", "retryAfter", "ms"}.
//   node bench/outage.mjs load BASE SECONDS answers.jsonl
// Then, with the times (ms since the same start) at which the database was stopped and started again:
//   node bench/outage.mjs check answers.jsonl STOPPED_AT STARTED_AT   # one JSON summary line; exit 1 on a violation
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';

const [mode, ...args] = process.argv.slice(2);

if (mode === 'load') {
  const [base, seconds, file] = args;
  const concurrency = Number(process.env.CONCURRENCY ?? 4);
  const started = Number(process.env.STARTED_AT_MS ?? Date.now());
  const until = Date.now() + Number(seconds) * 1000;
  writeFileSync(file, '');
  const login = async (username) => {
    const res = await fetch(`${base}/api/auth/login`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password: 'demo1234' }),
    });
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
    return (await res.json()).accessToken;
  };
  const staff = await login('bieb.centrum');
  const words = ['dolfje', 'kikker', 'heks', 'draak', 'paard', 'school', 'geheim', 'voetbal', 'piraat', 'zee'];
  const users = ['sanne', 'daan', 'emma', 'lotte', 'noah', 'school.regenboog', 'school.wegwijzer', 'bieb.noord'];
  let n = 0;
  const next = () => {
    const i = n++;
    if (i % 10 === 9) {
      return { kind: 'login', url: '/api/auth/login', init: { method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: users[i % users.length], password: 'demo1234' }) } };
    }
    if (i % 3 === 2) {
      return { kind: 'hold-shelf', url: '/api/hold-shelf', init: { headers: { Authorization: `Bearer ${staff}` } } };
    }
    return { kind: 'search', url: `/api/titles?q=${words[i % words.length]}`, init: {} };
  };
  async function worker() {
    while (Date.now() < until) {
      const r = next();
      const t0 = Date.now();
      let line;
      try {
        const res = await fetch(base + r.url, { ...r.init, signal: AbortSignal.timeout(30_000) });
        const text = await res.text();
        let code = '';
        if (res.status >= 400) { try { code = JSON.parse(text).code ?? ''; } catch { code = 'NOT_JSON'; } }
        line = { t: t0 - started, kind: r.kind, status: res.status, code, retryAfter: res.headers.get('retry-after'),
          ms: Date.now() - t0 };
      } catch (e) {
        line = { t: t0 - started, kind: r.kind, status: 0, code: e.cause?.code ?? e.name, ms: Date.now() - t0 };
      }
      appendFileSync(file, JSON.stringify(line) + '\n');
      await new Promise((resolve) => setTimeout(resolve, 10)); // a steady stream, not a flood
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  process.exit(0);
}

if (mode === 'check') {
  const [file, stoppedAt, startedAt] = args;
  const stopped = Number(stoppedAt);
  const restarted = Number(startedAt);
  const answers = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const phase = (a) => (a.t < stopped ? 'before' : a.t < restarted ? 'during' : 'after');
  const byPhase = { before: {}, during: {}, after: {} };
  for (const a of answers) {
    const key = `${a.status}${a.code ? ' ' + a.code : ''}`;
    byPhase[phase(a)][key] = (byPhase[phase(a)][key] ?? 0) + 1;
  }
  const violations = [];
  const serverErrors = answers.filter((a) => a.status === 500 || a.status === 0 || (a.status >= 500 && a.status !== 503));
  if (serverErrors.length) violations.push(`${serverErrors.length} answers were 500 (or no answer): ${JSON.stringify(serverErrors[0])}`);
  const before = answers.filter((a) => a.t + a.ms < stopped); // answered before the database began to stop
  if (before.some((a) => a.status !== 200)) violations.push('not every request before the outage was answered 200');
  // From the second after the stop (requests in flight at the stop may still have been answered) until the restart.
  const during = answers.filter((a) => a.t >= stopped + 1000 && a.t < restarted);
  const unavailable = during.filter((a) => a.status === 503);
  if (during.length === 0) violations.push('no requests during the outage');
  if (unavailable.length !== during.length) violations.push(`${during.length - unavailable.length} requests during the outage were not 503`);
  if (unavailable.some((a) => a.code !== 'SERVICE_UNAVAILABLE' || !/^\d+$/.test(a.retryAfter ?? ''))) {
    violations.push('a 503 without the code SERVICE_UNAVAILABLE or without Retry-After');
  }
  // Requests sent during the outage are answered at once (those in flight when it began take what they took).
  const times = unavailable.map((a) => a.ms).sort((x, y) => x - y);
  const p = (q) => (times.length ? times[Math.min(times.length - 1, Math.floor(q * times.length))] : 0);
  if (p(1) > 1000) violations.push(`a 503 during the outage took ${p(1)} ms (requests must not wait for the database)`);
  const inFlight = answers.filter((a) => a.t < stopped + 1000 && a.status === 503).reduce((m, a) => Math.max(m, a.ms), 0);
  // Every request that began 5 s or more after the restart is a 200; and when they became 200 again.
  const late = answers.filter((a) => a.t >= restarted + 5000);
  if (late.length === 0) violations.push('no requests 5 s after the restart');
  if (late.some((a) => a.status !== 200)) violations.push(`${late.filter((a) => a.status !== 200).length} requests 5 s after the restart were not 200`);
  const lastNot200 = answers.filter((a) => a.t >= restarted && a.status !== 200).reduce((m, a) => Math.max(m, a.t + a.ms), restarted);
  const summary = {
    requests: answers.length, before: byPhase.before, during: byPhase.during, after: byPhase.after,
    unavailable_ms: { p50: p(0.5), p99: p(0.99), max: p(1), in_flight_at_the_stop_max: inFlight },
    all_200_again_after_restart_ms: lastNot200 - restarted, violations,
  };
  process.stdout.write(JSON.stringify(summary) + '\n');
  process.exit(violations.length ? 1 : 0);
}
