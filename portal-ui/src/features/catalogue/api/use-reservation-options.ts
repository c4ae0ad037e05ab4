import { useQuery } from '@tanstack/react-query';
import type { ReservationOptions } from '../../../lib/api';
import { api } from '../../../lib/api-client';
import { studentKeys } from '../../../lib/queries/student-keys';

const NONE: ReservationOptions = { options: [] };

/**
 * The logged-in student's pickup options for a title (GET /api/titles/{id}, its reservationOptions).
 * A query of its own under ['me', …] rather than the cached title: that one may have been fetched
 * before logging in, or by another student on the same Chromebook.
 */
export function useReservationOptions(titleId: number, userId: number | null) {
  return useQuery({
    queryKey: studentKeys.titleOptions(titleId, userId ?? 0),
    queryFn: async ({ signal }) => {
      const title = await api.GET('/api/titles/{id}', { params: { path: { id: titleId } }, signal });
      return title.reservationOptions ?? NONE;
    },
    enabled: userId != null && Number.isSafeInteger(titleId) && titleId > 0,
  });
}
