import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { studentKeys } from '../../../lib/queries/student-keys';

export const MESSAGES_PAGE_SIZE = 20;

/** GET /api/me/messages — one page of my messages, newest first, with the unread count. */
export function useMessages(page: number) {
  return useQuery({
    queryKey: studentKeys.messagePage(page),
    queryFn: ({ signal }) =>
      api.GET('/api/me/messages', { params: { query: { page, size: MESSAGES_PAGE_SIZE } }, signal }),
    placeholderData: keepPreviousData,
  });
}

/**
 * The unread count for the header badge: the smallest page of GET /api/me/messages, refreshed every
 * minute and when the tab gets focus again. A 401 here does not throw the student out of the page they
 * are on; the next real request handles an expired session.
 */
export function useUnreadCount(enabled: boolean) {
  return useQuery({
    queryKey: studentKeys.unreadMessages(),
    queryFn: ({ signal }) =>
      api.GET('/api/me/messages', {
        params: { query: { page: 0, size: 1 } },
        signal,
        redirectOn401: false,
      }),
    select: (page) => page.unread,
    enabled,
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
  });
}

/** POST /api/me/messages/{id}/read — opening a message marks it read. */
export function useMarkMessageRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.POST('/api/me/messages/{id}/read', { params: { path: { id } } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: studentKeys.messages() }),
  });
}

/** POST /api/me/messages/read-all */
export function useMarkAllMessagesRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.POST('/api/me/messages/read-all'),
    onSettled: () => queryClient.invalidateQueries({ queryKey: studentKeys.messages() }),
  });
}
