import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateSpecialPassRequest } from '../../../lib/api';
import { api } from '../../../lib/api-client';
import { staffLookupKeys } from '../../../lib/queries/use-staff-lookups';

/** POST /api/special-passes — a new special pass (e.g. "Tentoonstelling") owned by a location. */
export function useCreateSpecialPass() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateSpecialPassRequest) => api.POST('/api/special-passes', { body: request }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffLookupKeys.specialPasses() }),
  });
}
