import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MoveDirection } from '../../../lib/api';
import { api } from '../../../lib/api-client';
import { titleQueueKey } from './use-title-queue';

/** POST /api/reservations/{id}/move — one place up or down in the queue, with a reason. */
export function useMoveReservation(titleId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, direction, reason }: { id: number; direction: MoveDirection; reason: string }) =>
      api.POST('/api/reservations/{id}/move', { params: { path: { id } }, body: { direction, reason } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: titleQueueKey(titleId) }),
  });
}

/** POST /api/reservations/{id}/cancel — staff cancel with a reason (the student gets a message). */
export function useCancelReservation(titleId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: number; reason: string }) =>
      api.POST('/api/reservations/{id}/cancel', { params: { path: { id } }, body: { reason } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: titleQueueKey(titleId) }),
  });
}
