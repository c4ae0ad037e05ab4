export const HOME_PATH = '/zoeken';

/** Only same-origin paths may be returned to after login ("/titels/12"), never "//evil.example". */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return HOME_PATH;
  if (value.startsWith('/inloggen')) return HOME_PATH;
  return value;
}
