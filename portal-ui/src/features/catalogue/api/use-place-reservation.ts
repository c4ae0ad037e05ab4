import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PlaceReservationRequest, Reservation } from '../../../lib/api';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/queries/query-keys';
import { studentKeys } from '../../../lib/queries/student-keys';

/** POST /api/reservations — the student reserves for themselves; the answer has the place in line. */
export function usePlaceReservation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: PlaceReservationRequest) =>
      apiClient.post<Reservation>('/api/reservations', request),
    // Refused or not, the options may have changed (a copy came back, a reservation elsewhere…).
    onSettled: (_data, _error, request) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: studentKeys.allTitleOptions() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.title(request.titleId) }),
        queryClient.invalidateQueries({ queryKey: studentKeys.myReservations() }),
      ]),
  });
}
