/**
 * Dutch texts of the student screens (issue 5): reserving on the title page, mijn gegevens
 * (reservations, loans, profile) and berichten. Spread into messages-nl.ts; every key must also be in
 * messages-student-en.ts. Placeholders look like {name}.
 */
export const studentNl = {
  'nav.messages': 'Berichten',
  'nav.unread': '{count} ongelezen',

  'dialog.close': 'Sluiten',

  'place.in.school': 'in de schoolbibliotheek',
  'place.in.branch': 'in {name}',
  'place.to.school': 'de schoolbibliotheek',

  'date.required': 'Kies een datum.',
  'date.invalid': 'Deze datum klopt niet. Kies een datum in de kalender.',
  'date.notAfterToday': 'Kies een dag na vandaag.',
  'date.tooFar': 'Kies een dag binnen een jaar.',

  'reserve.heading': 'Reserveren',
  'reserve.intro':
    'Is het boek er nu niet? Reserveer het, dan leggen we het voor je klaar zodra het terug is.',
  'reserve.button': 'Reserveer',
  'reserve.buttonLabel': 'Reserveer {place}',
  'reserve.loggedOut': 'Log in om dit boek te reserveren.',
  'reserve.loading': 'We kijken waar je dit boek kunt reserveren…',
  'reserve.notHere': 'Hier kan het niet:',
  'reserve.current': 'Je hebt dit boek gereserveerd {place}.',
  'reserve.currentLink': 'Bekijk je reserveringen',
  'reserve.dialogTitle': '{title} reserveren',
  'reserve.question': 'Wil je dit boek reserveren {place}?',
  'reserve.choosePlace': 'Waar wil je het boek ophalen?',
  'reserve.chooseRequired': 'Kies waar je het boek wilt ophalen.',
  'reserve.pickupHint': 'Je haalt het boek op {place}. Daar breng je het ook weer terug.',
  'reserve.confirm': 'Ja, reserveer',
  'reserve.dismiss': 'Nee, toch niet',
  'reserve.placing': 'Bezig met reserveren…',
  'reserve.successTitle': 'Gelukt! Je hebt het boek gereserveerd.',
  'reserve.position': 'Je bent nummer {position} in de rij.',
  'reserve.estimated': 'We verwachten dat het boek rond {date} voor je klaarligt.',
  'reserve.messageHint': 'Je krijgt een bericht zodra het voor je klaarligt.',
  'reserve.toAccount': 'Naar mijn gegevens',
  'reserve.failedTitle': 'Reserveren lukte niet',
  'reserve.failedRetry': 'Het reserveren is niet gelukt. Probeer het opnieuw.',

  'reserve.reason.AVAILABLE_ON_SHELF': 'Dit boek staat in de kast — je kunt het zo pakken.',
  'reserve.reason.LIBRARY_LINK_MISSING':
    'Je account is niet gekoppeld aan de bibliotheek, daarom kun je hier niet reserveren. Vraag je juf of meester ernaar.',
  'reserve.reason.LIBRARY_MEMBERSHIP_REQUIRED':
    'Je hebt geen geldig bibliotheekabonnement, daarom kun je hier niet reserveren.',
  'reserve.reason.TITLE_NOT_RESERVABLE': 'Dit boek kun je hier niet reserveren.',
  'reserve.reason.DUPLICATE_RESERVATION': 'Je hebt dit boek al gereserveerd.',
  'reserve.reason.RESERVATION_LIMIT_REACHED':
    'Je hebt al het maximale aantal reserveringen. Haal eerst een boek op of annuleer een reservering.',
  'reserve.reason.RESERVATIONS_NOT_ALLOWED': 'Je school staat reserveren hier niet toe.',
  'reserve.reason.PICKUP_LOCATION_INVALID': 'Hier kun je dit boek niet ophalen.',
  'reserve.reason.other': 'Hier kun je dit boek nu niet reserveren.',

  'reservation.waiting': 'Je staat op plek {position} in de rij',
  'reservation.waitingNoPosition': 'Je staat in de rij',
  'reservation.estimated': 'verwacht rond {date}',
  'reservation.suspended': 'Gepauzeerd tot en met {date}',
  'reservation.inTransit': 'Onderweg naar {place}',
  'reservation.ready': 'Ligt klaar {place} tot en met {date}',
  'reservation.readyNoDate': 'Ligt klaar {place}',
  'reservation.fulfilled': 'Opgehaald',
  'reservation.cancelled': 'Geannuleerd',
  'reservation.expired': 'Niet op tijd opgehaald',
  'reservation.notNeededAfter': 'Niet meer nodig na {date}',
  'reservation.pickup': 'Ophalen {place}',
  'reservation.placedAt': 'Gereserveerd op {date}',

  'myReservations.heading': 'Mijn reserveringen',
  'myReservations.school': 'Schoolbibliotheek',
  'myReservations.library': 'Bibliotheek',
  'myReservations.emptySchool': 'Je hebt geen reserveringen in de schoolbibliotheek.',
  'myReservations.emptyLibrary': 'Je hebt geen reserveringen in de bibliotheek.',
  'myReservations.findBooks': 'Zoek een boek om te reserveren',
  'myReservations.cancel': 'Annuleren',
  'myReservations.cancelLabel': 'Annuleren: {title}',
  'myReservations.pause': 'Pauzeren',
  'myReservations.pauseLabel': 'Pauzeren: {title}',
  'myReservations.resume': 'Weer meedoen',
  'myReservations.resumeLabel': 'Weer meedoen: {title}',
  'myReservations.notNeeded': 'Niet meer nodig na…',
  'myReservations.notNeededLabel': 'Niet meer nodig na…: {title}',

  'cancel.title': 'Reservering annuleren',
  'cancel.question': 'Weet je zeker dat je je reservering van “{title}” wilt annuleren?',
  'cancel.readyHint':
    'Het boek ligt al voor je klaar. Als je annuleert, gaat het naar de volgende in de rij.',
  'cancel.confirm': 'Ja, annuleren',
  'cancel.keep': 'Nee, houden',
  'cancel.busy': 'Bezig met annuleren…',
  'cancel.done': 'Je reservering van “{title}” is geannuleerd.',

  'pause.title': 'Reservering pauzeren',
  'pause.intro':
    'Heb je het boek een tijdje niet nodig, bijvoorbeeld in de vakantie? Pauzeer je reservering. Je houdt je plek in de rij, maar je wordt overgeslagen tot en met de dag die je kiest.',
  'pause.until': 'Pauzeren tot en met',
  'pause.confirm': 'Pauzeren',
  'pause.done': 'Je reservering van “{title}” is gepauzeerd tot en met {date}.',
  'resume.done': 'Je reservering van “{title}” doet weer mee.',

  'notNeeded.title': 'Niet meer nodig na…',
  'notNeeded.intro':
    'Heb je het boek na een bepaalde dag niet meer nodig, bijvoorbeeld voor een spreekbeurt? Kies die dag. Sta je dan nog in de rij, dan stopt je reservering vanzelf.',
  'notNeeded.date': 'Niet meer nodig na',
  'notNeeded.save': 'Opslaan',
  'notNeeded.remove': 'Datum weghalen',
  'notNeeded.done': 'Je hebt “{title}” na {date} niet meer nodig. Dat hebben we genoteerd.',
  'notNeeded.removed': 'De datum bij “{title}” is weggehaald.',

  'form.busy': 'Even geduld…',
  'form.back': 'Terug',

  'loans.heading': 'Geleend',
  'loans.empty': 'Je hebt nu geen boeken geleend.',
  'loans.due': 'Terugbrengen uiterlijk {date}',
  'loans.overdue': 'Te laat! Dit boek moest uiterlijk {date} terug.',
  'loans.overdueTag': 'Te laat',
  'loans.from': 'Geleend bij {name}',

  'account.profile': 'Over mij',

  'inbox.title': 'Berichten',
  'inbox.intro': 'Hier lees je berichten van de bieb, bijvoorbeeld als een boek voor je klaarligt.',
  'inbox.empty': 'Je hebt nog geen berichten.',
  'inbox.unreadCount': 'Je hebt {count} ongelezen berichten.',
  'inbox.unreadOne': 'Je hebt 1 ongelezen bericht.',
  'inbox.allRead': 'Je hebt alle berichten gelezen.',
  'inbox.markAllRead': 'Markeer alles als gelezen',
  'inbox.new': 'Nieuw',
  'inbox.received': 'Ontvangen op {date}',
  'inbox.unknownTitle': 'je boek',
  'inbox.summary.ready': '“{title}” ligt voor je klaar',
  'inbox.summary.expired': '“{title}” is niet op tijd opgehaald',
  'inbox.summary.cancelled': 'Reservering van “{title}” geannuleerd',
  'inbox.summary.closed': 'Reservering van “{title}” gestopt',
  'inbox.ready': '“{title}” ligt voor je klaar {place}. Haal het uiterlijk {date} op.',
  'inbox.readyNoDate': '“{title}” ligt voor je klaar {place}.',
  'inbox.expired':
    'Je hebt “{title}” niet op tijd opgehaald, dus je reservering is vervallen. Wil je het boek nog steeds lezen? Reserveer het dan opnieuw.',
  'inbox.cancelled': 'De bieb heeft je reservering van “{title}” geannuleerd.',
  'inbox.reason': 'Reden: {reason}',
  'inbox.closed':
    'Je reservering van “{title}” is gestopt, omdat je had aangegeven dat je het boek na een bepaalde dag niet meer nodig had.',
  'inbox.toReservation': 'Bekijk je reservering',
  'inbox.toTitle': 'Bekijk het boek',
} as const;

export type StudentMessageKey = keyof typeof studentNl;
