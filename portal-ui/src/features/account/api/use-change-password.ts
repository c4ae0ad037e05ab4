import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RequestBody } from '../../../lib/api';
import { api } from '../../../lib/api-client';
import { authStore } from '../../../lib/auth-store';
import { queryKeys } from '../../../lib/queries/query-keys';

/**
 * POST /api/me/password — the own password (the current one, a temporary password or a start code, and the new
 * one). The answer is a fresh login of the same session, stored like a login; the account's other sessions end.
 */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<'/api/me/password', 'post'>) =>
      api.POST('/api/me/password', { body, redirectOn401: false }),
    onSuccess: (response) => {
      authStore.setSession(response);
      void queryClient.invalidateQueries({ queryKey: queryKeys.me() });
    },
  });
}
