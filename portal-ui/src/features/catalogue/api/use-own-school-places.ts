import { useMemo } from 'react';
import { useMe } from '../../../lib/queries/use-me';
import { useAllLocations } from '../../../lib/queries/use-staff-lookups';

/**
 * The locations of the logged-in student's own school (its school library): the only places a child sees on a
 * title page. `places` is null when not asked for, still loading, or unknown (then every location is shown).
 */
export function useOwnSchoolPlaces(enabled: boolean) {
  const me = useMe({ enabled });
  const locations = useAllLocations({ enabled });
  const schoolId = me.data?.schoolId;
  const places = useMemo(() => {
    if (!enabled || schoolId == null || !locations.data) return null;
    return new Set(locations.data.filter((l) => l.schoolId === schoolId).map((l) => l.id));
  }, [enabled, schoolId, locations.data]);
  const loading = enabled && ((me.isPending && me.fetchStatus !== 'idle') || locations.isPending);
  return { places, loading };
}
