import { useSyncExternalStore } from 'react';
import type { LoginResponse, UserSummary } from './api';

/**
 * The session: access token, refresh token + user, kept in memory and mirrored to sessionStorage
 * so a reload in the same tab stays logged in, while closing the tab logs out. No long-lived
 * cookie. The access token lives minutes; the api client renews it with the refresh token while
 * the portal is used (see renewSession), until the service ends the session (idle, logout, end).
 */
export interface Session {
  accessToken: string;
  /** When the access token stops being accepted. */
  expiresAt: string;
  refreshToken: string;
  /** When the session ends, however busy. */
  sessionExpiresAt: string;
  user: UserSummary;
}

const STORAGE_KEY = 'bieb.session';
type Listener = () => void;

let current: Session | null = readStored();
const listeners = new Set<Listener>();

function readStored(): Session | null {
  try {
    const raw = globalThis.sessionStorage?.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<Session>;
    if (
      typeof parsed.accessToken !== 'string' ||
      typeof parsed.expiresAt !== 'string' ||
      typeof parsed.refreshToken !== 'string' ||
      typeof parsed.sessionExpiresAt !== 'string' ||
      !parsed.user
    ) {
      return null;
    }
    return parsed as Session;
  } catch {
    return null;
  }
}

function writeStored(session: Session | null) {
  try {
    if (session) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage may be unavailable (private mode, quota): the in-memory session still works.
  }
}

function passed(instant: string, now = Date.now()): boolean {
  const at = Date.parse(instant);
  return Number.isFinite(at) && at <= now;
}

function emit() {
  for (const listener of listeners) listener();
}

export const authStore = {
  /** The session, or null when logged out or past its absolute end. */
  getSession(): Session | null {
    if (current && passed(current.sessionExpiresAt)) {
      current = null;
      writeStored(null);
    }
    return current;
  },
  /** The bearer token, or null when logged out or when it has expired (renew first). */
  getToken(): string | null {
    const session = authStore.getSession();
    return session && !passed(session.expiresAt) ? session.accessToken : null;
  },
  /** Whether there is a session whose access token ends within {@code withinMs}: renew it first. */
  needsRenewal(withinMs: number): boolean {
    const session = authStore.getSession();
    return session !== null && passed(session.expiresAt, Date.now() + withinMs);
  },
  setSession(response: LoginResponse) {
    current = {
      accessToken: response.accessToken,
      expiresAt: response.expiresAt,
      refreshToken: response.refreshToken,
      sessionExpiresAt: response.sessionExpiresAt,
      user: response.user,
    };
    writeStored(current);
    emit();
  },
  /**
   * The service refused a call until the user chooses a password (403 PASSWORD_CHANGE_REQUIRED): the session is
   * marked, so the portal shows the password page and nothing else.
   */
  requirePasswordChange() {
    if (current === null || current.user.mustChangePassword) return;
    current = { ...current, user: { ...current.user, mustChangePassword: true } };
    writeStored(current);
    emit();
  },
  clear() {
    if (current === null) return;
    current = null;
    writeStored(null);
    emit();
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

const getSnapshot = () => authStore.getSession();

/** The current session (null when logged out); re-renders on login and logout. */
export function useSession(): Session | null {
  return useSyncExternalStore(authStore.subscribe, getSnapshot, getSnapshot);
}
