import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Locale } from '../i18n';
import { api } from '../api-client';
import { queryKeys } from './query-keys';

/**
 * PUT /api/me/language — a student's language choice is also the language of the e-mails to the parents. The
 * language switch calls it when a student is logged in; Mijn gegevens then shows the new language.
 */
export function useSaveMyLanguage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (language: Locale) => api.PUT('/api/me/language', { body: { language } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.myNotifications() }),
  });
}
