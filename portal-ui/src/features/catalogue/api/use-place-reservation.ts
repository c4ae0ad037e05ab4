import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PlaceReservationRequest } from '../../../lib/api';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/queries/query-keys';
import { studentKeys } from '../../../lib/queries/student-keys';

/** POST /api/reservations — the student reserves for themselves; the answer has the place in line. */
export function usePlaceReservation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: PlaceReservationRequest) => api.POST('/api/reservations', { body: request }),
    // Refused or not, the options may have changed (a copy came back, a reservation elsewhere…).
    onSettled: (_data, _error, request) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: studentKeys.allTitleOptions() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.title(request.titleId) }),
        queryClient.invalidateQueries({ queryKey: studentKeys.myReservations() }),
      ]),
  });
}
