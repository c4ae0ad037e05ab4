import { useI18n } from '../../../lib/i18n';
import { useDeskMe } from '../api/use-desk-me';

/** "Balie: Schoolbibliotheek OBS De Regenboog" — where check-ins and check-outs happen. */
export function DeskLocation() {
  const { t } = useI18n();
  const me = useDeskMe();
  const location = me.data?.locationName;
  if (!location) return null;
  return <p className="desk__where">{t('staff.deskAt', { location })}</p>;
}
