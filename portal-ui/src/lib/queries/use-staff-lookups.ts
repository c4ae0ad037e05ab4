import { useQuery } from '@tanstack/react-query';
import { api } from '../api-client';
import { queryKeys } from './query-keys';

/**
 * Lists several staff views choose from (collections, special passes, locations). Shared here because
 * features may not import each other.
 */
export const staffLookupKeys = {
  collections: () => ['staff', 'collections'] as const,
  specialPasses: () => ['staff', 'special-passes'] as const,
};

/** GET /api/collections — the organisation's collections with their default reservation block. */
export function useCollections() {
  return useQuery({
    queryKey: staffLookupKeys.collections(),
    queryFn: ({ signal }) => api.GET('/api/collections', { signal }),
  });
}

/** GET /api/special-passes — special passes with the copies lent to them now. */
export function useSpecialPasses() {
  return useQuery({
    queryKey: staffLookupKeys.specialPasses(),
    queryFn: ({ signal }) => api.GET('/api/special-passes', { signal }),
  });
}

/** GET /api/locations — branches and school libraries (same key as the shelf browser). */
export function useAllLocations({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: queryKeys.locations(),
    queryFn: ({ signal }) => api.GET('/api/locations', { signal }),
    staleTime: 5 * 60_000,
    enabled,
  });
}
