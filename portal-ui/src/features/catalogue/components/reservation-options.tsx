import type { TitleDetail } from '../../../lib/api';

/**
 * SLOT — the reserve buttons ("Reserveer") go here in a later iteration.
 *
 * The title endpoint will say, per pickup option, whether the logged-in student may reserve and if
 * not why (SPEC §4, "reserve button only when allowed"). This component will render those options,
 * ask for confirmation and place the reservation. For now it deliberately renders nothing.
 */
export function ReservationOptions(props: { title: TitleDetail }): null {
  void props;
  return null;
}
