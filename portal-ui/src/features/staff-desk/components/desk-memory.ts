import { useEffect, useRef, useState } from 'react';
import { ApiError, NetworkError } from '../../../lib/api-client';
import { useSession } from '../../../lib/auth-store';
import { keepForUser, keptForUser } from '../../../lib/kept-for-user';

/**
 * What a desk keeps across an ended session and a lost connection: its list of this desk session (restored for the
 * same person after a new login), the scans that met the ended session (done right after that login), and scans made
 * while the service could not be reached (they wait and are tried again).
 */

/** The service refused the session (idle too long, logged out elsewhere): the portal goes to the login page. */
export function sessionEnded(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}

/** The service could not be reached (offline, service down): the scan waits and is tried again. */
export function unreachable(error: unknown): boolean {
  return error instanceof NetworkError || (error instanceof ApiError && error.code === 'SERVICE_UNAVAILABLE');
}

/**
 * The person at the desk: their id now (null when logged out), and the last one logged in, which an answer that
 * arrives after the session ended still needs (to keep its scan for them).
 */
export function useDeskUser(): { id: number | null; last: { readonly current: number | null } } {
  const id = useSession()?.user.id ?? null;
  const last = useRef<number | null>(id);
  useEffect(() => {
    if (id !== null) last.current = id;
  }, [id]);
  return { id, last };
}

/** A refusal as kept in storage (an ApiError does not survive JSON). */
interface KeptRefusal {
  status: number;
  code: string;
  detail: string | null;
}

type WithError = { error: unknown };

function keptRefusal(error: unknown): KeptRefusal {
  return error instanceof ApiError
    ? { status: error.status, code: error.code, detail: error.detail }
    : { status: 0, code: 'UNKNOWN', detail: null };
}

/**
 * The desk's list, kept for the person at the desk while it changes and read back when the page opens for them
 * (after a new login); rows with a refusal keep its code.
 */
export function useKeptRows<Row extends { id: number }>(name: string, userId: number | null) {
  const [rows, setRows] = useState<Row[]>(() => {
    const kept = keptForUser(userId, name);
    if (!Array.isArray(kept)) return [];
    return (kept as Row[]).map((row) =>
      'error' in row ? { ...row, error: new ApiError((row as WithError).error as KeptRefusal) } : row,
    );
  });
  useEffect(() => {
    keepForUser(
      userId,
      name,
      rows.map((row) => ('error' in row ? { ...row, error: keptRefusal((row as WithError).error) } : row)),
    );
  }, [name, userId, rows]);
  return [rows, setRows] as const;
}

/** The next row id after the kept rows. */
export function nextRowId(rows: readonly { id: number }[]): number {
  return rows.reduce((max, row) => Math.max(max, row.id), 0) + 1;
}

/** While offline: tries again every few seconds, and at once when the browser says it is online again. */
export function useRetryWhileOffline(offline: boolean, retry: () => void, everyMs = 5000) {
  useEffect(() => {
    if (!offline) return;
    const timer = window.setInterval(retry, everyMs);
    window.addEventListener('online', retry);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('online', retry);
    };
  }, [offline, retry, everyMs]);
}
