import type { LocationKind } from '../../../lib/api';
import { useI18n } from '../../../lib/i18n';

/** What kind of place a location is: "Schoolbieb" or "Bieb". */
export function LocationKindTag({ kind }: { kind: LocationKind }) {
  const { t } = useI18n();
  return (
    <span className="tag">
      {t(kind === 'SCHOOL_LIBRARY' ? 'locationKind.schoolLibrary' : 'locationKind.branch')}
    </span>
  );
}
