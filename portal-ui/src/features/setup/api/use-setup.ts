import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RequestBody } from '../../../lib/api';
import { api } from '../../../lib/api-client';
import { authStore } from '../../../lib/auth-store';
import { queryKeys } from '../../../lib/queries/query-keys';

/** GET /api/setup — is the first administrator still to be made? */
export function useSetupStatus() {
  return useQuery({
    queryKey: ['setup'],
    queryFn: ({ signal }) => api.GET('/api/setup', { signal, redirectOn401: false }),
    staleTime: 0,
  });
}

/** POST /api/setup/administrator — the first administrator, with the one-time setup token; logged in at once. */
export function useCreateAdministrator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<'/api/setup/administrator', 'post'>) =>
      api.POST('/api/setup/administrator', { body, redirectOn401: false }),
    onSuccess: (response) => {
      queryClient.removeQueries({ queryKey: queryKeys.me() });
      queryClient.removeQueries({ queryKey: ['setup'] });
      authStore.setSession(response);
    },
  });
}
