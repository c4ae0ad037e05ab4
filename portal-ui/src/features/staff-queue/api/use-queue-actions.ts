import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MoveDirection, Reservation } from '../../../lib/api';
import { apiClient } from '../../../lib/api-client';
import { titleQueueKey } from './use-title-queue';

/** POST /api/reservations/{id}/move — one place up or down in the queue, with a reason. */
export function useMoveReservation(titleId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, direction, reason }: { id: number; direction: MoveDirection; reason: string }) =>
      apiClient.post<Reservation>(`/api/reservations/${id}/move`, { direction, reason }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: titleQueueKey(titleId) }),
  });
}

/** POST /api/reservations/{id}/cancel — staff cancel with a reason (the student gets a message). */
export function useCancelReservation(titleId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: number; reason: string }) =>
      apiClient.post<Reservation>(`/api/reservations/${id}/cancel`, { reason }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: titleQueueKey(titleId) }),
  });
}
