import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { loginPath } from '../../lib/api-client';
import { useSession } from '../../lib/auth-store';
import { HOME_PATH } from '../../lib/return-to';
import { isStaffRole, STAFF_ONLY_NOTICE } from '../../lib/staff';

/**
 * The staff views (/balie/…): not logged in → the login page (and back afterwards); logged in without a
 * staff role → the search page with a notice. The API refuses these calls anyway (403); this only keeps
 * students away from screens that cannot work for them.
 */
export function RequireStaff({ children }: { children?: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (!session) return <Navigate to={loginPath(`${location.pathname}${location.search}`)} replace />;
  if (!isStaffRole(session.user.role)) {
    return <Navigate to={HOME_PATH} replace state={{ notice: STAFF_ONLY_NOTICE }} />;
  }
  return children ?? <Outlet />;
}
