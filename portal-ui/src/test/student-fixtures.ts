import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import type { Loan, Message, MessagePage, MyReservations, Reservation, ReservationOption } from '../lib/api';
import { authStore } from '../lib/auth-store';
import type { Role } from '../lib/api';

/** Freezes the clock (only Date) at Sunday 22 November 2026, noon, so "vr 4 dec" stays "vr 4 dec". */
export function freezeToday() {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 10, 22, 12) });
}

export function logInAs(role: Role = 'STUDENT', id = 1) {
  authStore.setSession({
    accessToken: 'jwt',
    tokenType: 'Bearer',
    expiresAt: '2099-01-01T00:00:00Z',
    refreshToken: 'refresh-token',
    idleTimeoutSeconds: 1800,
    sessionExpiresAt: '2099-01-01T00:00:00Z',
    user: { id, username: 'sanne', displayName: 'Sanne de Vries', role, mustChangePassword: false },
  });
}

/** For a describe block of student pages: each test on the frozen day (`freezeToday`), logged in as a student. */
export function studentOnFrozenDay() {
  beforeEach(() => {
    freezeToday();
    logInAs();
  });
  afterEach(() => {
    cleanup();
    authStore.clear();
    vi.useRealTimers();
  });
}

export const SCHOOL = { id: 4, name: 'Schoolbibliotheek OBS De Regenboog', kind: 'SCHOOL_LIBRARY' } as const;
export const CENTRUM = { id: 1, name: 'Bibliotheek Rivierenland Centrum', kind: 'BRANCH' } as const;
export const NOORD = { id: 2, name: 'Bibliotheek Rivierenland Noord', kind: 'BRANCH' } as const;

export function option(
  location: { id: number; name: string; kind: 'SCHOOL_LIBRARY' | 'BRANCH' },
  overrides: Partial<ReservationOption> = {},
): ReservationOption {
  return {
    pickupLocationId: location.id,
    pickupLocationName: location.name,
    pickupLocationKind: location.kind,
    scope: location.kind === 'SCHOOL_LIBRARY' ? 'SCHOOL' : 'LIBRARY',
    allowed: true,
    ...overrides,
  };
}

export function reservation(overrides: Partial<Reservation> = {}): Reservation {
  return {
    id: 12,
    kind: 'TITLE',
    status: 'WAITING',
    scope: 'SCHOOL',
    title: { id: 1, title: 'Dolfje Weerwolfje', authors: 'Paul van Loon' },
    pickupLocation: SCHOOL,
    position: 1,
    estimatedDate: '2026-12-04',
    placedAt: '2026-11-20T09:30:00Z',
    ...overrides,
  };
}

export function myReservations(school: Reservation[] = [], library: Reservation[] = []): MyReservations {
  return { school, library };
}

export function loan(overrides: Partial<Loan> = {}): Loan {
  return {
    id: 22,
    barcode: '304000000005',
    title: { id: 2, title: 'De Griezelbus', authors: 'Paul van Loon' },
    location: SCHOOL,
    checkedOutAt: '2026-11-14T08:41:00Z',
    dueDate: '2026-11-28',
    overdue: false,
    status: 'OPEN',
    ...overrides,
  };
}

export function message(overrides: Partial<Message> = {}): Message {
  return {
    id: 3,
    kind: 'RESERVATION_READY',
    createdAt: '2026-11-21T18:44:45Z',
    read: false,
    reservationId: 12,
    title: { id: 1, title: 'Dolfje Weerwolfje', authors: 'Paul van Loon' },
    location: SCHOOL,
    pickupBy: '2026-11-27',
    ...overrides,
  };
}

export function messagePage(items: Message[], overrides: Partial<MessagePage> = {}): MessagePage {
  return {
    items,
    page: 0,
    size: 20,
    total: items.length,
    unread: items.filter((m) => !m.read).length,
    ...overrides,
  };
}
