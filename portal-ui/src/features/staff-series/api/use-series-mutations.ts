import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  DryRunResult,
  SeriesMutation,
  SeriesMutationPage,
  SeriesMutationRequest,
  UndoResult,
} from '../../../lib/api';
import { apiClient } from '../../../lib/api-client';

const listKey = ['staff', 'series-mutations'] as const;

/** GET /api/series-mutations — past series mutations of the organisation, newest first. */
export function useSeriesMutations(page: number) {
  return useQuery({
    queryKey: [...listKey, page],
    queryFn: ({ signal }) =>
      apiClient.get<SeriesMutationPage>('/api/series-mutations', { query: { page, size: 10 }, signal }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/** POST /api/series-mutations/dry-run — how many copies would change, and a sample; nothing changes. */
export function useDryRun() {
  return useMutation({
    mutationFn: (request: SeriesMutationRequest) =>
      apiClient.post<DryRunResult>('/api/series-mutations/dry-run', request),
  });
}

/** POST /api/series-mutations — apply in one set-based statement. */
export function useApplyMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SeriesMutationRequest) =>
      apiClient.post<SeriesMutation>('/api/series-mutations', request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['staff'] }),
  });
}

/** POST /api/series-mutations/{id}/undo[?skipChanged=true] — restore exactly the copies it changed. */
export function useUndoMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, skipChanged }: { id: number; skipChanged: boolean }) =>
      apiClient.post<UndoResult>(`/api/series-mutations/${id}/undo`, undefined, {
        query: skipChanged ? { skipChanged: true } : undefined,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['staff'] }),
  });
}
