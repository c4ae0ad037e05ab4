// A local receiver for the notification benchmark: an HTTP server that takes webhook calls (and checks each
// signature with the endpoint's secret) and a minimal SMTP server that takes mails. Every receipt is one JSON line
// in OUT: {"kind":"webhook"|"mail","id":webhook-id or Message-ID,"at":ms since epoch,"occurredAt":…,"valid":…}.
//   SECRET=whsec_… OUT=receipts.jsonl node bench/notification-receiver.mjs <http-port> <smtp-port>
// FAIL_FIRST=n answers 500 to the first n webhook calls (to see retries).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { appendFileSync, writeFileSync } from 'node:fs';
import { createServer as createHttp } from 'node:http';
import { createServer as createTcp } from 'node:net';

const [httpPort, smtpPort] = process.argv.slice(2).map(Number);
const out = process.env.OUT ?? 'receipts.jsonl';
let failFirst = Number(process.env.FAIL_FIRST ?? 0);
writeFileSync(out, '');
const lines = [];
const flush = () => { if (lines.length) appendFileSync(out, lines.splice(0).join('')); };
setInterval(flush, 200);
const record = (r) => lines.push(JSON.stringify(r) + '\n');

function verified(headers, body) {
  const secret = process.env.SECRET;
  if (!secret) return null;
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const signed = `${headers['webhook-id']}.${headers['webhook-timestamp']}.${body}`;
  const expected = createHmac('sha256', key).update(signed).digest();
  return (headers['webhook-signature'] ?? '').split(' ').some((s) => {
    const [version, sig] = s.split(',');
    const given = Buffer.from(sig ?? '', 'base64');
    return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
  });
}

createHttp((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    if (failFirst > 0) {
      failFirst--;
      res.writeHead(500).end();
      return;
    }
    let occurredAt = null;
    try { occurredAt = JSON.parse(body).data?.occurredAt ?? null; } catch { /* counted as is */ }
    record({ kind: 'webhook', id: req.headers['webhook-id'], at: Date.now(), occurredAt, valid: verified(req.headers, body) });
    res.writeHead(204).end();
  });
}).listen(httpPort, '127.0.0.1');

// SMTP: enough of RFC 5321 for one client sending mails one after the other on a connection.
createTcp((socket) => {
  let data = null;
  let buffer = '';
  const reply = (s) => socket.write(s + '\r\n');
  reply('220 receiver ESMTP');
  socket.on('data', (chunk) => {
    buffer += chunk.toString('utf8');
    for (;;) {
      if (data !== null) {
        const end = buffer.indexOf('\r\n.\r\n');
        if (end < 0) return;
        const mail = data + buffer.slice(0, end);
        buffer = buffer.slice(end + 5);
        data = null;
        const id = /^Message-ID:\s*(.+)$/im.exec(mail)?.[1]?.trim() ?? null;
        record({ kind: 'mail', id, at: Date.now() });
        reply('250 OK queued');
        continue;
      }
      const eol = buffer.indexOf('\r\n');
      if (eol < 0) return;
      const line = buffer.slice(0, eol);
      buffer = buffer.slice(eol + 2);
      const verb = line.slice(0, 4).toUpperCase();
      if (verb === 'EHLO') reply('250-receiver\r\n250-8BITMIME\r\n250 SIZE 10000000');
      else if (verb === 'HELO') reply('250 receiver');
      else if (verb === 'DATA') { data = ''; reply('354 go ahead'); }
      else if (verb === 'QUIT') { reply('221 bye'); socket.end(); return; }
      else if (verb === 'MAIL' || verb === 'RCPT' || verb === 'RSET' || verb === 'NOOP') reply('250 OK');
      else reply('502 not implemented');
    }
  });
  socket.on('error', () => {});
}).listen(smtpPort, '127.0.0.1');

process.on('SIGTERM', () => { flush(); process.exit(0); });
console.log(`receiving webhooks on http://127.0.0.1:${httpPort}/hook and mail on smtp 127.0.0.1:${smtpPort}`);
