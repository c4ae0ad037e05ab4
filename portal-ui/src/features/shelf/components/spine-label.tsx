import { useI18n } from '../../../lib/i18n';

/** The shelf mark as the sticker on a book's spine: one part per line ("JEUGD / AVI E3 / DOL"). */
export function SpineLabel({ shelfMark }: { shelfMark: string }) {
  const { t } = useI18n();
  const parts = shelfMark.trim().split(/\s+/).filter(Boolean);
  return (
    <span className="spine-label">
      <span className="visually-hidden">{t('shelf.shelfMark')}: </span>
      {parts.map((part, index) => (
        <span key={index} className="spine-label__line">
          {part}
          {index < parts.length - 1 ? ' ' : ''}
        </span>
      ))}
    </span>
  );
}
