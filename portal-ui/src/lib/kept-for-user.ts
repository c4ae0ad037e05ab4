/**
 * What a person was doing when their session ended, kept in sessionStorage for that person only (the desk's list,
 * the scans that met the ended session), so it is there again when they log in and come back: never shown to
 * someone else who logs in in this tab, and forgotten on an explicit logout.
 */

const PREFIX = 'bieb.kept.';

interface Kept {
  userId: number;
  value: unknown;
}

function isKept(value: unknown): value is Kept {
  return typeof value === 'object' && value !== null && typeof (value as Kept).userId === 'number';
}

/** Keeps {@code value} under {@code name} for the user with {@code userId} (replacing what was kept; null: nobody). */
export function keepForUser(userId: number | null, name: string, value: unknown) {
  if (userId === null) return;
  try {
    sessionStorage.setItem(PREFIX + name, JSON.stringify({ userId, value } satisfies Kept));
  } catch {
    // Storage may be unavailable (private mode, quota): then nothing is kept.
  }
}

/** What was kept under {@code name} for this user (null: nothing, nobody, or someone else's, which is dropped). */
export function keptForUser(userId: number | null, name: string): unknown {
  if (userId === null) return null;
  try {
    const raw = sessionStorage.getItem(PREFIX + name);
    if (!raw) return null;
    const kept: unknown = JSON.parse(raw);
    if (isKept(kept) && kept.userId === userId) return kept.value;
    sessionStorage.removeItem(PREFIX + name);
  } catch {
    // Unreadable or unavailable: nothing was kept.
  }
  return null;
}

export function forgetKept(name: string) {
  try {
    sessionStorage.removeItem(PREFIX + name);
  } catch {
    // Nothing to forget.
  }
}

/** Forgets everything kept for anyone (an explicit logout). */
export function forgetAllKept() {
  try {
    for (const key of Object.keys(sessionStorage)) {
      if (key.startsWith(PREFIX)) sessionStorage.removeItem(key);
    }
  } catch {
    // Nothing to forget.
  }
}
