import type { Location } from '../../../lib/api';
import { useSession } from '../../../lib/auth-store';

/**
 * Which locations the staff member manages here: administrators all, library staff their organisation's, school
 * staff their own school library. The service checks the same on every call (403 otherwise).
 */
export function useLocationScope(): (location: Location) => boolean {
  const user = useSession()?.user;
  return (location) => {
    switch (user?.role) {
      case 'ADMIN':
        return true;
      case 'LIBRARY_STAFF':
        return location.organisationId === user.organisationId;
      case 'SCHOOL_STAFF':
        return (
          location.kind === 'SCHOOL_LIBRARY' &&
          (location.id === user.locationId || (user.schoolId != null && location.schoolId === user.schoolId))
        );
      default:
        return false;
    }
  };
}
