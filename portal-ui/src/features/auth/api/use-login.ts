import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginRequest } from '../../../lib/api';
import { api } from '../../../lib/api-client';
import { authStore } from '../../../lib/auth-store';
import { isLocale, useI18n } from '../../../lib/i18n';
import { forgetAllKept } from '../../../lib/kept-for-user';

/**
 * POST /api/auth/login — on success the session is stored and user-specific queries are dropped. A student's portal
 * switches to the language she saved (the language switch saves it): on a shared school computer the previous pupil's
 * choice does not stay. Staff keep the language of this browser.
 */
export function useLogin() {
  const queryClient = useQueryClient();
  const { setLocale } = useI18n();
  return useMutation({
    mutationFn: (request: LoginRequest) =>
      // A 401 here means "wrong password", not "session expired": no redirect.
      api.POST('/api/auth/login', { body: request, redirectOn401: false }),
    onSuccess: (response) => {
      queryClient.removeQueries({ queryKey: ['me'] });
      authStore.setSession(response);
      const saved = response.user.language;
      if (saved && isLocale(saved)) setLocale(saved);
    },
  });
}

/**
 * Ends the session: on the service (its refresh token and access tokens stop working at once;
 * best effort, the portal forgets it either way) and in the portal, with what was kept for after a new login.
 */
export function useLogout() {
  const queryClient = useQueryClient();
  return () => {
    // The request takes the token before the session is cleared below.
    void api.POST('/api/auth/logout', { redirectOn401: false }).catch(() => undefined);
    authStore.clear();
    forgetAllKept();
    queryClient.removeQueries({ queryKey: ['me'] });
  };
}
