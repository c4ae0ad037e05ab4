import { useSyncExternalStore } from 'react';
import type { LoginResponse, UserSummary } from './api';

/**
 * The session: access token + user, kept in memory and mirrored to sessionStorage so a reload
 * in the same tab stays logged in, while closing the tab logs out. No long-lived cookie.
 */
export interface Session {
  accessToken: string;
  expiresAt: string;
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
    if (typeof parsed.accessToken !== 'string' || typeof parsed.expiresAt !== 'string' || !parsed.user) {
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

function isExpired(session: Session, now = Date.now()): boolean {
  const expires = Date.parse(session.expiresAt);
  return Number.isFinite(expires) && expires <= now;
}

function emit() {
  for (const listener of listeners) listener();
}

export const authStore = {
  getSession(): Session | null {
    if (current && isExpired(current)) {
      current = null;
      writeStored(null);
    }
    return current;
  },
  /** The bearer token, or null when logged out or expired. */
  getToken(): string | null {
    return authStore.getSession()?.accessToken ?? null;
  },
  setSession(response: LoginResponse) {
    current = { accessToken: response.accessToken, expiresAt: response.expiresAt, user: response.user };
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
