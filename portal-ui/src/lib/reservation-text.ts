import type { LocationRef, Reservation } from './api';
import { formatDay } from './format';
import type { Locale } from './i18n/locale';
import { translate } from './i18n/translate';

/**
 * Reservations in plain words, shared by the title page and mijn gegevens. The school library is
 * "de schoolbibliotheek" (a child knows which one), a branch goes by its name.
 */

type Place = Pick<LocationRef, 'name' | 'kind'>;

/** "in de schoolbibliotheek" / "in Bibliotheek Rivierenland Centrum" (en: "at …"). */
export function placeIn(location: Place, locale: Locale): string {
  return location.kind === 'SCHOOL_LIBRARY'
    ? translate(locale, 'place.in.school')
    : translate(locale, 'place.in.branch', { name: location.name });
}

/** "de schoolbibliotheek" / "Bibliotheek Rivierenland Centrum", after "naar"/"to". */
export function placeName(location: Place, locale: Locale): string {
  return location.kind === 'SCHOOL_LIBRARY' ? translate(locale, 'place.to.school') : location.name;
}

/** Is the reservation paused today? (suspendedUntil is inclusive) */
export function isSuspended(
  reservation: Pick<Reservation, 'suspendedUntil'>,
  now: Date = new Date(),
): boolean {
  if (!reservation.suspendedUntil) return false;
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const [y, m, d] = reservation.suspendedUntil.split('-').map(Number);
  if (!y || !m || !d) return false;
  return new Date(y, m - 1, d) >= today;
}

/**
 * The status in one line: "Je staat op plek 2 in de rij · verwacht rond vr 4 dec",
 * "Onderweg naar de schoolbibliotheek", "Ligt klaar in de schoolbibliotheek tot en met vr 4 dec".
 */
export function reservationStatusText(
  reservation: Reservation,
  locale: Locale,
  now: Date = new Date(),
): string {
  const day = (value: string) => formatDay(value, locale, now);
  switch (reservation.status) {
    case 'WAITING': {
      const parts = [
        reservation.position != null
          ? translate(locale, 'reservation.waiting', { position: reservation.position })
          : translate(locale, 'reservation.waitingNoPosition'),
      ];
      if (reservation.estimatedDate) {
        parts.push(translate(locale, 'reservation.estimated', { date: day(reservation.estimatedDate) }));
      }
      return parts.join(' · ');
    }
    case 'IN_TRANSIT':
      return translate(locale, 'reservation.inTransit', {
        place: placeName(reservation.pickupLocation, locale),
      });
    case 'READY':
      return reservation.pickupBy
        ? translate(locale, 'reservation.ready', {
            place: placeIn(reservation.pickupLocation, locale),
            date: day(reservation.pickupBy),
          })
        : translate(locale, 'reservation.readyNoDate', {
            place: placeIn(reservation.pickupLocation, locale),
          });
    case 'FULFILLED':
      return translate(locale, 'reservation.fulfilled');
    case 'CANCELLED':
      return translate(locale, 'reservation.cancelled');
    case 'EXPIRED':
      return translate(locale, 'reservation.expired');
    default:
      return String(reservation.status);
  }
}
