import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from '../api-client';
import { useSession } from '../auth-store';
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

/**
 * The locations whose copies the logged-in staff member may add, move and withdraw (the service's copy scope):
 * school staff their own school library, library staff and administrators the locations of their organisation.
 */
export function useScopeLocations() {
  const user = useSession()?.user;
  const role = user?.role;
  const locationId = user?.locationId;
  const organisationId = user?.organisationId;
  const locations = useAllLocations();
  const data = useMemo(
    () =>
      locations.data?.filter((location) =>
        role === 'SCHOOL_STAFF'
          ? location.id === locationId
          : organisationId != null && location.organisationId === organisationId,
      ),
    [locations.data, role, locationId, organisationId],
  );
  return { data, isPending: locations.isPending, error: locations.error, refetch: locations.refetch };
}
