import { Link } from 'react-router-dom';
import { useI18n } from '../lib/i18n';

export interface PaginationProps {
  /** Zero-based page index, as the API counts. */
  page: number;
  size: number;
  total: number;
  /** The link of a (zero-based) page. */
  hrefFor: (page: number) => string;
}

export function pageCount(total: number, size: number): number {
  return size > 0 ? Math.max(1, Math.ceil(total / size)) : 1;
}

export function Pagination({ page, size, total, hrefFor }: PaginationProps) {
  const { t } = useI18n();
  const pages = pageCount(total, size);
  if (pages <= 1) return null;
  const hasPrevious = page > 0;
  const hasNext = page < pages - 1;
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      {hasPrevious ? (
        <Link className="button button--secondary" to={hrefFor(page - 1)} rel="prev">
          <span aria-hidden="true">← </span>
          {t('pagination.previous')}
        </Link>
      ) : (
        <span className="button button--secondary button--disabled" aria-disabled="true">
          <span aria-hidden="true">← </span>
          {t('pagination.previous')}
        </span>
      )}
      <span className="pagination__status">
        {t('pagination.status', { page: Math.min(page, pages - 1) + 1, pages })}
      </span>
      {hasNext ? (
        <Link className="button button--secondary" to={hrefFor(page + 1)} rel="next">
          {t('pagination.next')}
          <span aria-hidden="true"> →</span>
        </Link>
      ) : (
        <span className="button button--secondary button--disabled" aria-disabled="true">
          {t('pagination.next')}
          <span aria-hidden="true"> →</span>
        </span>
      )}
    </nav>
  );
}
