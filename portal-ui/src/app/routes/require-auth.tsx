import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { loginPath } from '../../lib/api-client';
import { useSession } from '../../lib/auth-store';

/** Pages behind login send you to /inloggen?returnTo=<here>, and back after logging in. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (!session) return <Navigate to={loginPath(`${location.pathname}${location.search}`)} replace />;
  return children;
}
