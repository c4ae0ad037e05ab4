import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateCollectionRequest, SetReservationBlockRequest } from '../../../lib/api';
import { api } from '../../../lib/api-client';
import { staffLookupKeys } from '../../../lib/queries/use-staff-lookups';

/** POST /api/collections — a new collection, optionally with a default reservation block. */
export function useCreateCollection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateCollectionRequest) => api.POST('/api/collections', { body: request }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffLookupKeys.collections() }),
  });
}

/** PUT /api/collections/{id}/default-block — the block every copy added from now on gets. */
export function useSetCollectionDefault() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: SetReservationBlockRequest & { id: number }) =>
      api.PUT('/api/collections/{id}/default-block', { params: { path: { id } }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffLookupKeys.collections() }),
  });
}
