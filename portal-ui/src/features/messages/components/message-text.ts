import type { Message } from '../../../lib/api';
import { formatDay } from '../../../lib/format';
import { translate, type Locale } from '../../../lib/i18n';
import { placeIn } from '../../../lib/reservation-text';

/**
 * A message in words. The service sends only the kind and the facts; the portal words it, in Dutch or
 * English: "“Dolfje Weerwolfje” ligt voor je klaar in de schoolbibliotheek. Haal het uiterlijk vr 4 dec op."
 */

function titleOf(message: Message, locale: Locale): string {
  return message.title?.title ?? translate(locale, 'inbox.unknownTitle');
}

function placeOf(message: Message, locale: Locale): string {
  return message.location ? placeIn(message.location, locale) : '';
}

/** Remove the gap a missing place would leave ("klaar ." → "klaar."). */
function tidy(text: string): string {
  return text.replace(/\s+([.,])/g, '$1').trim();
}

/** The one-line summary in the list. */
export function messageSummary(message: Message, locale: Locale): string {
  const title = titleOf(message, locale);
  switch (message.kind) {
    case 'RESERVATION_READY':
      return translate(locale, 'inbox.summary.ready', { title });
    case 'RESERVATION_EXPIRED':
      return translate(locale, 'inbox.summary.expired', { title });
    case 'RESERVATION_CANCELLED':
      return translate(locale, 'inbox.summary.cancelled', { title });
    case 'RESERVATION_CLOSED':
      return translate(locale, 'inbox.summary.closed', { title });
    case 'RESERVATION_COPY_WITHDRAWN':
      return translate(locale, 'inbox.summary.copyWithdrawn', { title });
    case 'RESERVATION_PICKUP_BY_MOVED':
      return translate(locale, 'inbox.summary.pickupByMoved', { title });
    default:
      return title;
  }
}

/** The full message, in sentences. */
export function messageBody(message: Message, locale: Locale, now: Date = new Date()): string {
  const title = titleOf(message, locale);
  switch (message.kind) {
    case 'RESERVATION_READY':
      return tidy(
        message.pickupBy
          ? translate(locale, 'inbox.ready', {
              title,
              place: placeOf(message, locale),
              date: formatDay(message.pickupBy, locale, now),
            })
          : translate(locale, 'inbox.readyNoDate', { title, place: placeOf(message, locale) }),
      );
    case 'RESERVATION_EXPIRED':
      return translate(locale, 'inbox.expired', { title });
    case 'RESERVATION_CANCELLED': {
      const text = translate(locale, 'inbox.cancelled', { title });
      return message.reason
        ? `${text} ${translate(locale, 'inbox.reason', { reason: message.reason })}`
        : text;
    }
    case 'RESERVATION_CLOSED':
      return translate(locale, 'inbox.closed', { title });
    case 'RESERVATION_COPY_WITHDRAWN':
      return translate(locale, 'inbox.copyWithdrawn', { title });
    case 'RESERVATION_PICKUP_BY_MOVED':
      // The closure's reason is not in the message: only the new date and the place that is closed.
      return message.pickupBy
        ? translate(locale, 'inbox.pickupByMoved', {
            title,
            date: formatDay(message.pickupBy, locale, now),
            place: message.location?.name ?? translate(locale, 'place.to.school'),
          })
        : translate(locale, 'inbox.summary.pickupByMoved', { title });
    default:
      return title;
  }
}
