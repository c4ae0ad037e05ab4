import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from './api-client';
import { LOCALES, translate } from './i18n';
import { en } from './i18n/en';
import { nl } from './i18n/nl';
import { PROBLEM_CODES, problemKey, problemKind, problemMessage } from './problem-messages';

describe('problem messages', () => {
  // The service's enum is the source of truth; when the service sits beside the portal, follow it.
  const errorCodeJava = resolve(
    process.cwd(), // portal-ui/
    '../reservation-service/src/main/java/nl/schoollibrary/reservations/common/ErrorCode.java',
  );
  it.runIf(existsSync(errorCodeJava))('cover every constant of the service ErrorCode enum', () => {
    const source = readFileSync(errorCodeJava, 'utf8');
    const constants = [...source.matchAll(/^\s{4}([A-Z][A-Z_]+)\(\d{3}/gm)].map((m) => m[1]);
    expect(constants.length).toBeGreaterThan(10);
    expect([...PROBLEM_CODES].sort()).toEqual(constants.sort());
  });

  it('cover every code of the contract (the generated ProblemCode union)', () => {
    const types = readFileSync(resolve(process.cwd(), 'src/lib/api-types.ts'), 'utf8');
    const union = /ProblemCode: ([^;]+);/.exec(types)?.[1] ?? '';
    const codes = [...union.matchAll(/"([A-Z_]+)"/g)].map((m) => m[1]);
    expect(codes.length).toBeGreaterThan(10);
    expect([...PROBLEM_CODES].sort()).toEqual(codes.sort());
  });

  // PROBLEM_CODES is the contract's list (the test above), so each code of the service is checked here.
  it.each([...PROBLEM_CODES, 'NETWORK_ERROR', 'UNKNOWN'] as const)(
    '%s has a Dutch and an English message in the catalogues',
    (code) => {
      const key = problemKey(code);
      expect(Object.keys(nl)).toContain(key);
      expect(Object.keys(en)).toContain(key);
      for (const locale of LOCALES) {
        const message = translate(locale, key, { limit: 3 });
        expect(message.length).toBeGreaterThan(10);
        expect(message).not.toMatch(/[A-Z]{2,}_[A-Z]+/); // never the raw code
      }
      expect(nl[key]).not.toBe(en[key]);
    },
  );

  it('maps errors to the catalogue, never to the raw detail', () => {
    const error = new ApiError({ status: 422, code: 'AVAILABLE_ON_SHELF', detail: 'copy 123 is on shelf' });
    expect(problemMessage(error, 'nl')).toBe(nl['problem.AVAILABLE_ON_SHELF']);
    expect(problemMessage(error, 'en')).not.toContain('copy 123');
  });

  it('says the limit the problem names, with the plural', () => {
    const limit = (n: number) => new ApiError({ status: 422, code: 'RESERVATION_LIMIT_REACHED', limit: n });
    expect(problemMessage(limit(3), 'nl')).toMatch(/^Je mag 3 boeken tegelijk reserveren\./);
    expect(problemMessage(limit(1), 'nl')).toMatch(/^Je mag 1 boek tegelijk reserveren\./);
    expect(problemMessage(limit(3), 'en')).toMatch(/^You may reserve 3 books at a time\./);
    expect(problemMessage(limit(1), 'en')).toMatch(/^You may reserve 1 book at a time\./);
  });

  it('falls back by status for unknown codes, and to UNKNOWN otherwise', () => {
    expect(problemKind(new ApiError({ status: 404, code: 'SOMETHING_NEW' }))).toBe('NOT_FOUND');
    expect(problemKind(new ApiError({ status: 422, code: 'SOMETHING_NEW' }))).toBe('UNKNOWN');
    expect(problemKind(new NetworkError('down'))).toBe('NETWORK_ERROR');
    expect(problemKind(new Error('boom'))).toBe('UNKNOWN');
    expect(problemKind('a string')).toBe('UNKNOWN');
  });
});
