import type { Role } from '../../../lib/api';
import type { MessageKey } from '../../../lib/i18n';
import { adminPaths } from '../../../lib/staff';

/** A section of the administration and who sees it (the service decides per call; this only hides what is useless). */
export interface AdminSection {
  to: string;
  label: MessageKey;
  roles: readonly Role[];
}

export const ADMIN_SECTIONS: readonly AdminSection[] = [
  { to: adminPaths.organisations, label: 'admin.nav.organisations', roles: ['ADMIN'] },
  { to: adminPaths.schools, label: 'admin.nav.schools', roles: ['ADMIN'] },
  {
    to: adminPaths.locations,
    label: 'admin.nav.locations',
    roles: ['ADMIN', 'LIBRARY_STAFF', 'SCHOOL_STAFF'],
  },
  { to: adminPaths.closures, label: 'admin.nav.closures', roles: ['ADMIN', 'LIBRARY_STAFF', 'SCHOOL_STAFF'] },
  { to: adminPaths.staffAccounts, label: 'admin.nav.staffAccounts', roles: ['ADMIN', 'SCHOOL_STAFF'] },
  { to: adminPaths.integrationClients, label: 'admin.nav.integrationClients', roles: ['ADMIN'] },
  { to: adminPaths.students, label: 'admin.nav.students', roles: ['ADMIN', 'SCHOOL_STAFF'] },
  {
    to: adminPaths.notifications,
    label: 'admin.nav.notifications',
    roles: ['ADMIN', 'LIBRARY_STAFF', 'SCHOOL_STAFF'],
  },
  { to: adminPaths.webhooks, label: 'admin.nav.webhooks', roles: ['ADMIN', 'LIBRARY_STAFF'] },
  {
    to: adminPaths.deliveries,
    label: 'admin.nav.deliveries',
    roles: ['ADMIN', 'LIBRARY_STAFF', 'SCHOOL_STAFF'],
  },
];

/** The sections a role sees, in menu order. */
export function sectionsFor(role: Role | undefined): AdminSection[] {
  return ADMIN_SECTIONS.filter((section) => role != null && section.roles.includes(role));
}
