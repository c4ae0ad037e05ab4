/** GET /api/me — for the desk's location name ("Balie: Schoolbibliotheek OBS De Regenboog"). */
export { useMe as useDeskMe } from '../../../lib/queries/use-me';
