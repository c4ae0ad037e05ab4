import type { LoginCards } from '../../../lib/api';
import { authStore } from '../../../lib/auth-store';

/**
 * The login cards just issued, for the print page. The start codes exist only in the service's answer: they are
 * kept here in memory (never in sessionStorage, localStorage or the address) and forgotten on logout. A reload of
 * the print page shows none; issuing cards again makes new codes.
 */
export interface IssuedCards {
  schoolId: number;
  cards: LoginCards;
}

let issued: IssuedCards | null = null;

export function setLoginCards(value: IssuedCards | null) {
  issued = value;
}

export function loginCards(): IssuedCards | null {
  return issued;
}

authStore.subscribe(() => {
  if (!authStore.getSession()) issued = null;
});
