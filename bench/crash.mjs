// Placements with Idempotency-Keys for bench/crash.sh: fires them at a service that gets killed meanwhile, then
// retries every one after the restart and checks the answers.
//   node bench/crash.mjs fire  BASE requests.tsv answers.jsonl   # CONCURRENCY (8) requests in flight
//   node bench/crash.mjs retry BASE requests.tsv answers.jsonl   # prints one JSON summary line; exit 1 on a violation
// requests.tsv: one placement a line, "KEY<TAB>TOKEN<TAB>JSON-BODY". answers.jsonl (fire writes it, a line per answer as
// it comes, so the caller can watch the progress): {"key","status","id","code"} or {"key","status":0,"error"} when no
// answer came (the service was killed before it answered, or was down when the request was sent).
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';

const [mode, base, requestsFile, answersFile] = process.argv.slice(2);
const concurrency = Number(process.env.CONCURRENCY ?? 8);
const requests = readFileSync(requestsFile, 'utf8').split('\n').filter(Boolean).map((line) => {
  const [key, token, body] = line.split('\t');
  return { key, token, body };
});

async function send(r) {
  try {
    const res = await fetch(`${base}/api/reservations`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${r.token}`, 'Content-Type': 'application/json', 'Idempotency-Key': r.key },
      body: r.body,
      signal: AbortSignal.timeout(15_000),
    });
    const text = await res.text();
    let json = {};
    try { json = JSON.parse(text); } catch { /* not JSON */ }
    return {
      key: r.key, status: res.status, id: json.id, code: json.code,
      replayed: res.headers.get('idempotent-replayed') === 'true', retryAfter: res.headers.get('retry-after'),
    };
  } catch (e) {
    return { key: r.key, status: 0, error: e.cause?.code ?? e.name ?? String(e) };
  }
}

async function run(list, onAnswer) {
  const queue = [...list];
  const answers = [];
  async function worker() {
    for (let r = queue.shift(); r; r = queue.shift()) {
      const a = await send(r);
      answers.push(a);
      onAnswer(a);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return answers;
}

if (mode === 'fire') {
  writeFileSync(answersFile, '');
  await run(requests, (a) => appendFileSync(answersFile, JSON.stringify(a) + '\n'));
  process.exit(0);
}

// retry: every key again, after the restart; then what each answer must be, given the first one.
const first = new Map(readFileSync(answersFile, 'utf8').split('\n').filter(Boolean)
  .map((l) => JSON.parse(l)).map((a) => [a.key, a]));
const retried = await run(requests, () => {});
const summary = {
  requests: requests.length, acknowledged: 0, refusedFirst: 0, cutOff: 0,
  retry: {}, violations: [],
};
const count = (k) => { summary.retry[k] = (summary.retry[k] ?? 0) + 1; };
for (const again of retried) {
  const was = first.get(again.key) ?? { status: 0, error: 'never answered' };
  count(`${again.status}${again.code ? ' ' + again.code : ''}${again.replayed ? ' replayed' : ''}`);
  const violation = (why) => summary.violations.push({ key: again.key, first: was, retry: again, why });
  if (again.status === 0 || again.status >= 500) {
    violation('no answer or a server error after the restart');
  } else if (was.status === 201) {
    summary.acknowledged++;
    if (again.status !== 201 || !again.replayed || again.id !== was.id) {
      violation('an acknowledged placement must be replayed as the same reservation');
    }
  } else if (was.status > 0 && was.status < 500) {
    summary.refusedFirst++;
    if (again.status !== was.status || !again.replayed) violation('a refused placement must be replayed as refused');
  } else {
    summary.cutOff++; // no answer (or a 5xx) the first time: the retry does it, once
    if (again.status !== 201) violation('a placement cut off by the kill must succeed on retry');
  }
}
summary.violations = summary.violations.slice(0, 10);
process.stdout.write(JSON.stringify(summary) + '\n');
writeFileSync(answersFile.replace(/\.jsonl$/, '') + '.retry.jsonl', retried.map((a) => JSON.stringify(a)).join('\n') + '\n');
process.exit(summary.violations.length ? 1 : 0);
