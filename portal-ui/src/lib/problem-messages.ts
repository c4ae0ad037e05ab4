import { ApiError, NetworkError } from './api-client';
import type { ProblemCode } from './api';
import type { Locale } from './i18n/locale';

/**
 * Every stable problem `code` of the service (the service's ErrorCode enum) with a friendly
 * Dutch and English sentence. The portal shows these, never `detail` or a raw error.
 */
export const PROBLEM_CODES = [
  'AUTHENTICATION_REQUIRED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VALIDATION_FAILED',
  'IMPORT_FILE_INVALID',
  'METHOD_NOT_ALLOWED',
  'NOT_ACCEPTABLE',
  'UNSUPPORTED_MEDIA_TYPE',
  'REQUEST_TOO_LARGE',
  'INVALID_CREDENTIALS',
  'ACCOUNT_DISABLED',
  'SESSION_ENDED',
  'TOO_MANY_ATTEMPTS',
  'RATE_LIMITED',
  'IDEMPOTENCY_KEY_REUSED',
  'DEACTIVATION_REFUSED',
  'CONFLICT',
  'RESERVATIONS_NOT_ALLOWED',
  'AVAILABLE_ON_SHELF',
  'LIBRARY_LINK_MISSING',
  'LIBRARY_MEMBERSHIP_REQUIRED',
  'PICKUP_LOCATION_INVALID',
  'TITLE_NOT_RESERVABLE',
  'DUPLICATE_RESERVATION',
  'RESERVATION_LIMIT_REACHED',
  'LOAN_BLOCKED',
  'HELD_FOR_ANOTHER_PATRON',
  'COPY_NOT_AVAILABLE',
  'INTERNAL_ERROR',
  'SERVICE_UNAVAILABLE',
] as const satisfies readonly ProblemCode[];
// The message table below must name every code the contract lists (a new code on the service
// fails the type check until it has its sentences).
export type { ProblemCode };

/** Situations of the portal itself, not codes of the service. */
export type ClientProblem = 'NETWORK_ERROR' | 'UNKNOWN';

type Message = Record<Locale, string>;

export const PROBLEM_MESSAGES: Record<ProblemCode | ClientProblem, Message> = {
  AUTHENTICATION_REQUIRED: {
    nl: 'Je moet eerst inloggen.',
    en: 'Please log in first.',
  },
  FORBIDDEN: {
    nl: 'Dit mag je niet bekijken of doen met jouw account.',
    en: 'Your account is not allowed to see or do this.',
  },
  NOT_FOUND: {
    nl: 'We kunnen dit niet vinden. Misschien is het weggehaald.',
    en: "We can't find this. It may have been removed.",
  },
  VALIDATION_FAILED: {
    nl: 'Er klopt iets niet in wat je hebt ingevuld. Kijk het nog eens na.',
    en: "Something you filled in isn't right. Please check it.",
  },
  IMPORT_FILE_INVALID: {
    nl: 'Het bestand kan niet goed gelezen worden. Er is niets ingelezen; herstel de genoemde regel en probeer het opnieuw.',
    en: "The file can't be read correctly. Nothing was imported; fix the line mentioned and try again.",
  },
  METHOD_NOT_ALLOWED: {
    nl: 'Dit kan op deze manier niet. Probeer het opnieuw vanuit het menu.',
    en: "This can't be done this way. Please try again from the menu.",
  },
  NOT_ACCEPTABLE: {
    nl: 'De bieb kan dit niet in deze vorm laten zien. Laad de pagina opnieuw.',
    en: "The library can't show this in this form. Please reload the page.",
  },
  UNSUPPORTED_MEDIA_TYPE: {
    nl: 'De bieb begreep het verzoek niet. Laad de pagina opnieuw en probeer het nog eens.',
    en: "The library didn't understand the request. Reload the page and try again.",
  },
  REQUEST_TOO_LARGE: {
    nl: 'Dit is te veel in één keer voor de bieb. Probeer het met minder tegelijk.',
    en: 'This is too much for the library at once. Try again with less at a time.',
  },
  INVALID_CREDENTIALS: {
    nl: 'Gebruikersnaam of wachtwoord klopt niet. Probeer het nog eens.',
    en: "Username or password isn't right. Please try again.",
  },
  SESSION_ENDED: {
    nl: 'Je bent uitgelogd omdat je een tijdje niets hebt gedaan. Log opnieuw in.',
    en: 'You were logged out because nothing happened for a while. Please log in again.',
  },
  ACCOUNT_DISABLED: {
    nl: 'Dit account is uitgezet. Vraag je school of de bibliotheek om hulp.',
    en: 'This account has been switched off. Ask your school or the library for help.',
  },
  TOO_MANY_ATTEMPTS: {
    nl: 'Te vaak geprobeerd. Wacht even en probeer het dan opnieuw.',
    en: 'Too many attempts. Please wait a moment and try again.',
  },
  RATE_LIMITED: {
    nl: 'Er komen nu te veel verzoeken tegelijk. Wacht even en probeer het dan opnieuw.',
    en: 'Too many requests right now. Please wait a moment and try again.',
  },
  IDEMPOTENCY_KEY_REUSED: {
    nl: 'Dit verzoek is al eerder met andere gegevens verstuurd. Vernieuw de pagina en probeer het opnieuw.',
    en: 'This request was already sent with different details. Refresh the page and try again.',
  },
  DEACTIVATION_REFUSED: {
    nl: 'Er is niets ingelezen: zo zouden leerlingen per ongeluk op inactief komen. Controleer het bestand eerst.',
    en: 'Nothing was imported: this could deactivate students by mistake. Please check the file first.',
  },
  CONFLICT: {
    nl: 'Iemand anders heeft dit net veranderd. Laad de pagina opnieuw en probeer het nog eens.',
    en: 'Someone else just changed this. Reload the page and try again.',
  },
  RESERVATIONS_NOT_ALLOWED: {
    nl: 'Jouw school staat reserveren hier niet toe.',
    en: "Your school doesn't allow reserving here.",
  },
  AVAILABLE_ON_SHELF: {
    nl: 'Dit boek staat nu in de kast van je schoolbieb. Pak het gewoon uit de kast!',
    en: 'This book is on the shelf in your school library right now. Just take it from the shelf!',
  },
  LIBRARY_LINK_MISSING: {
    nl: 'Je account is niet gekoppeld aan de bibliotheek, dus je kunt daar niet reserveren. Vraag het aan je juf of meester.',
    en: "Your account isn't linked to the public library, so you can't reserve there. Ask your teacher.",
  },
  LIBRARY_MEMBERSHIP_REQUIRED: {
    nl: 'Voor reserveren in de bibliotheek heb je een geldig bibliotheekabonnement nodig.',
    en: 'You need a valid library membership to reserve at the library.',
  },
  PICKUP_LOCATION_INVALID: {
    nl: 'Op deze plek kun je dit boek niet ophalen. Kies een andere ophaalplek.',
    en: "You can't pick up this book at this place. Please choose another pickup location.",
  },
  TITLE_NOT_RESERVABLE: {
    nl: 'Dit boek kun je op dit moment niet reserveren.',
    en: "This book can't be reserved right now.",
  },
  DUPLICATE_RESERVATION: {
    nl: 'Je hebt dit boek al gereserveerd.',
    en: 'You have already reserved this book.',
  },
  RESERVATION_LIMIT_REACHED: {
    nl: 'Je hebt al het maximale aantal reserveringen. Wacht tot er een klaarstaat, of annuleer er een.',
    en: 'You have reached the maximum number of reservations. Wait until one is ready or cancel one.',
  },
  LOAN_BLOCKED: {
    nl: 'Dit exemplaar mag nu niet worden uitgeleend.',
    en: "This copy can't be lent out right now.",
  },
  HELD_FOR_ANOTHER_PATRON: {
    nl: 'Dit exemplaar ligt klaar voor iemand anders.',
    en: 'This copy is being held for someone else.',
  },
  COPY_NOT_AVAILABLE: {
    nl: 'Dit exemplaar is nu niet beschikbaar.',
    en: "This copy isn't available right now.",
  },
  INTERNAL_ERROR: {
    nl: 'Er ging bij de bieb iets mis. Probeer het over een paar minuten nog eens.',
    en: 'Something went wrong at the library. Please try again in a few minutes.',
  },
  SERVICE_UNAVAILABLE: {
    nl: 'De bieb is heel even niet bereikbaar. Probeer het over een paar seconden opnieuw.',
    en: "The library can't be reached for a moment. Please try again in a few seconds.",
  },
  NETWORK_ERROR: {
    nl: 'We kunnen de bieb even niet bereiken. Controleer je internet en probeer het zo nog eens.',
    en: "We can't reach the library right now. Check your internet connection and try again soon.",
  },
  UNKNOWN: {
    nl: 'Er ging iets mis. Probeer het nog eens.',
    en: 'Something went wrong. Please try again.',
  },
};

export function isProblemCode(code: string): code is ProblemCode {
  return (PROBLEM_CODES as readonly string[]).includes(code);
}

/** What kind of problem an error is, for the message table. */
export function problemKind(error: unknown): ProblemCode | ClientProblem {
  if (error instanceof NetworkError) return 'NETWORK_ERROR';
  if (error instanceof ApiError) {
    if (isProblemCode(error.code)) return error.code;
    if (error.status === 401) return 'AUTHENTICATION_REQUIRED';
    if (error.status === 403) return 'FORBIDDEN';
    if (error.status === 404) return 'NOT_FOUND';
  }
  return 'UNKNOWN';
}

/** The friendly sentence for any error, in the given language. */
export function problemMessage(error: unknown, locale: Locale): string {
  return PROBLEM_MESSAGES[problemKind(error)][locale];
}
