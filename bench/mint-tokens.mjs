// Mints RS256 access tokens for benchmark users with the service's signing key, so a benchmark needs no
// thousands of bcrypt logins. Input (stdin): tab-separated userId, username, role, patronId, schoolId,
// organisationId, locationId (empty = absent). Output: one token per line, same order.
//   node bench/mint-tokens.mjs <private-key.pem> [issuer] < users.tsv > tokens.txt
import { createPrivateKey, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

const key = createPrivateKey(readFileSync(process.argv[2], 'utf8'));
const issuer = process.argv[3] ?? 'https://schoollibrary.nl/reservations';
const b64 = (obj) => Buffer.from(JSON.stringify(obj)).toString('base64url');
const header = b64({ alg: 'RS256', typ: 'JWT', kid: 'reservations' });
const now = Math.floor(Date.now() / 1000);
const lines = createInterface({ input: process.stdin });
const out = [];
for await (const line of lines) {
  if (!line.trim()) continue;
  const [id, username, role, patronId, schoolId, organisationId, locationId] = line.split('\t');
  const claims = { iss: issuer, sub: id, upn: username, groups: [role], name: username, iat: now, exp: now + 4 * 3600 };
  if (patronId) claims.patronId = Number(patronId);
  if (schoolId) claims.schoolId = Number(schoolId);
  if (organisationId) claims.organisationId = Number(organisationId);
  if (locationId) claims.locationId = Number(locationId);
  const body = `${header}.${b64(claims)}`;
  out.push(`${body}.${sign('RSA-SHA256', Buffer.from(body), key).toString('base64url')}`);
}
process.stdout.write(out.join('\n') + '\n');
