import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/queries/query-keys';

export const titleQueueKey = (titleId: number) => ['staff', 'title-queue', titleId] as const;

const validId = (id: number) => Number.isSafeInteger(id) && id > 0;

/** GET /api/titles/{id}/queue — the waiting reservations of a title in the staff member's scope, in order. */
export function useTitleQueue(titleId: number) {
  return useQuery({
    queryKey: titleQueueKey(titleId),
    queryFn: ({ signal }) => api.GET('/api/titles/{id}/queue', { params: { path: { id: titleId } }, signal }),
    enabled: validId(titleId),
    staleTime: 0,
  });
}

/** GET /api/titles/{id} — the title itself, for the heading of its queue. */
export function useQueueTitle(titleId: number) {
  return useQuery({
    queryKey: queryKeys.title(titleId),
    queryFn: ({ signal }) => api.GET('/api/titles/{id}', { params: { path: { id: titleId } }, signal }),
    enabled: validId(titleId),
  });
}
