import { formatLongDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { formatDeskDateTime } from '../../../lib/staff';

/** "ingesteld door bieb.noord op 20 sep, 09:15" under a block. */
export function SetBy({ by, at }: { by?: string | null; at?: string | null }) {
  const { t, locale } = useI18n();
  if (!by) return null;
  return (
    <span className="staff-panel__meta">
      {at
        ? t('staff.copy.setByAt', { by, at: formatDeskDateTime(at, locale) })
        : t('staff.copy.setBy', { by })}
    </span>
  );
}

/** "tot en met 6 december 2026" or nothing. */
export function UntilText({ date }: { date?: string | null }) {
  const { t, locale } = useI18n();
  if (!date) return null;
  return <> {t('staff.change.until', { date: formatLongDate(date, locale) })}</>;
}
