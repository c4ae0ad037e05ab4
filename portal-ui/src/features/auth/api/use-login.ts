import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginRequest, LoginResponse } from '../../../lib/api';
import { apiClient } from '../../../lib/api-client';
import { authStore } from '../../../lib/auth-store';

/** POST /api/auth/login — on success the session is stored and user-specific queries are dropped. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: LoginRequest) =>
      // A 401 here means "wrong password", not "session expired": no redirect.
      apiClient.post<LoginResponse>('/api/auth/login', request, { redirectOn401: false }),
    onSuccess: (response) => {
      queryClient.removeQueries({ queryKey: ['me'] });
      authStore.setSession(response);
    },
  });
}

/** Ends the session in the portal (the token simply expires on the service). */
export function useLogout() {
  const queryClient = useQueryClient();
  return () => {
    authStore.clear();
    queryClient.removeQueries({ queryKey: ['me'] });
  };
}
