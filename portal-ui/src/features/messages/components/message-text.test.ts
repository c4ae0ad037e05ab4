import { describe, expect, it } from 'vitest';
import { CENTRUM, message } from '../../../test/student-fixtures';
import { messageBody, messageSummary } from './message-text';

const now = new Date(2026, 10, 22);

describe('message wording', () => {
  it.each([
    [
      'RESERVATION_READY at school',
      message(),
      'nl',
      '“Dolfje Weerwolfje” ligt voor je klaar',
      '“Dolfje Weerwolfje” ligt voor je klaar in de schoolbibliotheek. Haal het uiterlijk vrijdag 27 november op.',
    ],
    [
      'RESERVATION_READY at a branch',
      message({ location: CENTRUM }),
      'en',
      '“Dolfje Weerwolfje” is ready for you',
      '“Dolfje Weerwolfje” is ready for you at Bibliotheek Rivierenland Centrum. Pick it up by Friday 27 November.',
    ],
    [
      'RESERVATION_PICKUP_BY_MOVED (a closure): the new date and the closed place, not the reason',
      message({ kind: 'RESERVATION_PICKUP_BY_MOVED', pickupBy: '2026-11-30', location: CENTRUM }),
      'nl',
      'Nieuwe ophaaldatum voor “Dolfje Weerwolfje”',
      'De ophaaldatum van “Dolfje Weerwolfje” is verschoven naar maandag 30 november omdat Bibliotheek Rivierenland Centrum dan gesloten is.',
    ],
    [
      'RESERVATION_PICKUP_BY_MOVED in English',
      message({ kind: 'RESERVATION_PICKUP_BY_MOVED', pickupBy: '2026-11-30', location: CENTRUM }),
      'en',
      'New pickup date for “Dolfje Weerwolfje”',
      'The pickup date of “Dolfje Weerwolfje” has moved to Monday 30 November because Bibliotheek Rivierenland Centrum is closed then.',
    ],
    [
      'RESERVATION_EXPIRED',
      message({ kind: 'RESERVATION_EXPIRED', pickupBy: undefined }),
      'nl',
      '“Dolfje Weerwolfje” is niet op tijd opgehaald',
      'Je hebt “Dolfje Weerwolfje” niet op tijd opgehaald, dus je reservering is vervallen. Wil je het boek nog steeds lezen? Reserveer het dan opnieuw.',
    ],
    [
      'RESERVATION_CANCELLED with a reason',
      message({ kind: 'RESERVATION_CANCELLED', reason: 'Boek is beschadigd' }),
      'nl',
      'Reservering van “Dolfje Weerwolfje” geannuleerd',
      'De bieb heeft je reservering van “Dolfje Weerwolfje” geannuleerd. Reden: Boek is beschadigd',
    ],
    [
      'RESERVATION_CANCELLED in English',
      message({ kind: 'RESERVATION_CANCELLED', reason: undefined }),
      'en',
      'Reservation of “Dolfje Weerwolfje” cancelled',
      'The library has cancelled your reservation of “Dolfje Weerwolfje”.',
    ],
    [
      'RESERVATION_COPY_WITHDRAWN',
      message({ kind: 'RESERVATION_COPY_WITHDRAWN' }),
      'nl',
      'Reservering van “Dolfje Weerwolfje” geannuleerd',
      'Het boek “Dolfje Weerwolfje” dat voor je gereserveerd was, is uit de bieb gehaald. Daarom is je reservering geannuleerd. Wil je het boek nog steeds lezen? Zoek of er een ander exemplaar is.',
    ],
    [
      'RESERVATION_CLOSED',
      message({ kind: 'RESERVATION_CLOSED' }),
      'en',
      'Reservation of “Dolfje Weerwolfje” ended',
      'Your reservation of “Dolfje Weerwolfje” has ended, because you said you wouldn’t need the book after a certain day.',
    ],
  ] as const)('%s', (_name, msg, locale, summary, body) => {
    expect(messageSummary(msg, locale)).toBe(summary);
    expect(messageBody(msg, locale, now)).toBe(body);
  });

  it('copes with a missing title, place and date', () => {
    const bare = message({ title: undefined, location: undefined, pickupBy: undefined });
    expect(messageSummary(bare, 'nl')).toBe('“je boek” ligt voor je klaar');
    expect(messageBody(bare, 'nl', now)).toBe('“je boek” ligt voor je klaar.');
  });
});
