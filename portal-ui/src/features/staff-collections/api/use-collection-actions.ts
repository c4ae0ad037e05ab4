import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Collection, CreateCollectionRequest, SetReservationBlockRequest } from '../../../lib/api';
import { apiClient, apiFetch } from '../../../lib/api-client';
import { staffLookupKeys } from '../../../lib/queries/use-staff-lookups';

/** POST /api/collections — a new collection, optionally with a default reservation block. */
export function useCreateCollection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateCollectionRequest) => apiClient.post<Collection>('/api/collections', request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffLookupKeys.collections() }),
  });
}

/** PUT /api/collections/{id}/default-block — the block every copy added from now on gets. */
export function useSetCollectionDefault() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: SetReservationBlockRequest & { id: number }) =>
      apiFetch<Collection>(`/api/collections/${id}/default-block`, { method: 'PUT', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffLookupKeys.collections() }),
  });
}
