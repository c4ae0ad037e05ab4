export const HOME_PATH = '/zoeken';

/** Only same-origin paths may be returned to after login ("/titels/12"), never "//evil.example". */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return HOME_PATH;
  if (value.startsWith('/inloggen')) return HOME_PATH;
  return value;
}

/**
 * The own password page (everyone). While the service requires a new password (a temporary password or a start
 * code), the portal shows this page and nothing else.
 */
export const PASSWORD_PATH = '/mijn-gegevens/wachtwoord';

/** The one-time setup of the first administrator (the service prints its link with `#token=…`). */
export const SETUP_PATH = '/setup';
