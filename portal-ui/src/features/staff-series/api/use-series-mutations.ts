import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SeriesMutationRequest } from '../../../lib/api';
import { api } from '../../../lib/api-client';

const listKey = ['staff', 'series-mutations'] as const;

/** GET /api/series-mutations — past series mutations of the organisation, newest first. */
export function useSeriesMutations(page: number) {
  return useQuery({
    queryKey: [...listKey, page],
    queryFn: ({ signal }) =>
      api.GET('/api/series-mutations', { params: { query: { page, size: 10 } }, signal }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/** POST /api/series-mutations/dry-run — how many copies would change, and a sample; nothing changes. */
export function useDryRun() {
  return useMutation({
    mutationFn: (request: SeriesMutationRequest) =>
      api.POST('/api/series-mutations/dry-run', { body: request }),
  });
}

/** POST /api/series-mutations — apply in one set-based statement. */
export function useApplyMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SeriesMutationRequest) => api.POST('/api/series-mutations', { body: request }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['staff'] }),
  });
}

/** POST /api/series-mutations/{id}/undo[?skipChanged=true] — restore exactly the copies it changed. */
export function useUndoMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, skipChanged }: { id: number; skipChanged: boolean }) =>
      api.POST('/api/series-mutations/{id}/undo', {
        params: { path: { id }, query: skipChanged ? { skipChanged: true } : undefined },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['staff'] }),
  });
}
