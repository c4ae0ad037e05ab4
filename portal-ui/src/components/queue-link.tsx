import { Link } from 'react-router-dom';
import type { TitleRef } from '../lib/api';
import { useI18n } from '../lib/i18n';
import { staffPaths } from '../lib/staff';

/** The staff link to a title's queue, named with the title for a screen reader. */
export function QueueLink({ title, className }: { title: TitleRef; className: string }) {
  const { t } = useI18n();
  return (
    <Link
      className={className}
      to={staffPaths.titleQueue(title.id)}
      aria-label={t('staff.queueLinkFor', { title: title.title })}
    >
      {t('staff.queueLink')}
    </Link>
  );
}
