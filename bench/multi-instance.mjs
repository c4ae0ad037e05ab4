// Sends every prepared request once, spread over several service instances, with CONCURRENCY requests in flight per
// instance, and counts the answers by status and problem code. Input files: one request a line,
// "METHOD<TAB>PATH<TAB>TOKEN<TAB>JSON-BODY" (as bench/requests.lua reads them). Line i goes to instance i % n.
//   CONCURRENCY=4 node bench/multi-instance.mjs http://127.0.0.1:18091,http://127.0.0.1:18092 place.req checkin.req
// Prints one JSON line: {"requests":…,"seconds":…,"answers":{"place 201":…,"place 422 RESERVATION_LIMIT_REACHED":…}}.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const instances = process.argv[2].split(',');
const concurrency = Number(process.env.CONCURRENCY ?? 4);
const queues = instances.map(() => []);
for (const file of process.argv.slice(3)) {
  const kind = basename(file).replace(/\.req$/, '');
  readFileSync(file, 'utf8').split('\n').filter(Boolean).forEach((line, i) => {
    const [method, path, token, body] = line.split('\t');
    queues[i % instances.length].push({ kind, method, path, token, body });
  });
}
// Spread each kind evenly over each instance's queue, so that placements and check-ins run at the same time
// from the first request to the last.
for (const q of queues) {
  const lists = Object.values(q.reduce((acc, r) => ((acc[r.kind] ??= []).push(r), acc), {}));
  const spread = lists.flatMap((l) => l.map((r, i) => ({ r, at: (i + 0.5) / l.length })));
  spread.sort((a, b) => a.at - b.at);
  q.splice(0, q.length, ...spread.map((x) => x.r));
}

const answers = {};
const count = (key) => { answers[key] = (answers[key] ?? 0) + 1; };
const started = Date.now();
let total = 0;
async function worker(base, queue) {
  for (let r = queue.shift(); r; r = queue.shift()) {
    total++;
    try {
      const res = await fetch(base + r.path, {
        method: r.method,
        headers: { Authorization: `Bearer ${r.token}`, 'Content-Type': 'application/json' },
        body: r.body,
      });
      const text = await res.text();
      let code = '';
      if (res.status >= 400) {
        try { code = JSON.parse(text).code ?? ''; } catch { code = 'NOT_JSON'; }
      }
      count(`${r.kind} ${res.status}${code ? ' ' + code : ''}`);
    } catch (e) {
      count(`${r.kind} FAILED ${e.cause?.code ?? e.message}`);
    }
  }
}
await Promise.all(instances.flatMap((base, i) => Array.from({ length: concurrency }, () => worker(base, queues[i]))));
process.stdout.write(JSON.stringify({ requests: total, seconds: (Date.now() - started) / 1000, answers }) + '\n');
