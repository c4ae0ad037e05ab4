import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useSession } from '../../lib/auth-store';
import { PASSWORD_PATH } from '../../lib/return-to';

/**
 * Logged in with a temporary password or a start code (or a call answered 403 PASSWORD_CHANGE_REQUIRED): every
 * page but the password page sends the user there, and back here once the password is chosen.
 */
export function PasswordChangeGuard({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session?.user.mustChangePassword && location.pathname !== PASSWORD_PATH) {
    const here = `${location.pathname}${location.search}`;
    return <Navigate to={`${PASSWORD_PATH}?returnTo=${encodeURIComponent(here)}`} replace />;
  }
  return children;
}
