import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { studentKeys } from '../../../lib/queries/student-keys';

/** GET /api/me/reservations — my active reservations, split by school library and library. */
export function useMyReservations() {
  return useQuery({
    queryKey: studentKeys.myReservations(),
    queryFn: ({ signal }) => api.GET('/api/me/reservations', { signal }),
  });
}
