import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  CancelReservationRequest,
  NotNeededAfterRequest,
  Reservation,
  SuspendReservationRequest,
} from '../../../lib/api';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/queries/query-keys';
import { studentKeys } from '../../../lib/queries/student-keys';

type Target = Pick<Reservation, 'id' | 'title'>;

/** After any change: my list, the title page's options and availability of that title. */
function useInvalidate() {
  const queryClient = useQueryClient();
  return (reservation: Target) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: studentKeys.myReservations() }),
      queryClient.invalidateQueries({ queryKey: studentKeys.allTitleOptions() }),
      queryClient.invalidateQueries({ queryKey: queryKeys.title(reservation.title.id) }),
    ]);
}

/** POST /api/reservations/{id}/cancel with {} (a student needs no reason). */
export function useCancelReservation() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (reservation: Target) =>
      api.POST('/api/reservations/{id}/cancel', {
        params: { path: { id: reservation.id } },
        body: {} satisfies CancelReservationRequest,
      }),
    onSettled: (_data, _error, reservation) => invalidate(reservation),
  });
}

/** POST /api/reservations/{id}/suspend {until} — pause: keep the place in line, be skipped until then. */
export function useSuspendReservation() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ reservation, until }: { reservation: Target; until: string }) =>
      api.POST('/api/reservations/{id}/suspend', {
        params: { path: { id: reservation.id } },
        body: { until } satisfies SuspendReservationRequest,
      }),
    onSettled: (_data, _error, { reservation }) => invalidate(reservation),
  });
}

/** POST /api/reservations/{id}/resume — end the pause. */
export function useResumeReservation() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (reservation: Target) =>
      api.POST('/api/reservations/{id}/resume', { params: { path: { id: reservation.id } } }),
    onSettled: (_data, _error, reservation) => invalidate(reservation),
  });
}

/** PUT /api/reservations/{id}/not-needed-after {date} — null removes the date. */
export function useSetNotNeededAfter() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ reservation, date }: { reservation: Target; date: string | null }) =>
      api.PUT('/api/reservations/{id}/not-needed-after', {
        params: { path: { id: reservation.id } },
        // The contract: no date (null) removes it.
        body: (date ? { date } : {}) satisfies NotNeededAfterRequest,
      }),
    onSettled: (_data, _error, { reservation }) => invalidate(reservation),
  });
}
