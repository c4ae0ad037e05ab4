import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TitleSearchParams } from '../api';
import { api } from '../api-client';
import { queryKeys } from './query-keys';

/** GET /api/titles — search and browse (shared by the search page and theme browsing). */
export function useTitles(params: TitleSearchParams, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: queryKeys.titles(params),
    queryFn: ({ signal }) => api.GET('/api/titles', { params: { query: params }, signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}
