import { useState } from 'react';
import type { TitleSummary } from '../lib/api';
import { firstAuthor } from '../lib/authors';
import { useI18n } from '../lib/i18n';
import { PlaceholderCover } from './placeholder-cover';

export interface CoverProps {
  title: Pick<TitleSummary, 'id' | 'title' | 'authors' | 'coverUrl'>;
  /** True when the title text is right next to the cover (cards, grids): screen readers skip it. */
  decorative?: boolean;
  className?: string;
  /** The page's main image (the title page): loaded at once and first, not when scrolled to. */
  eager?: boolean;
}

/** The cover image, or a generated placeholder when there is none (or it fails to load). */
export function Cover({ title, decorative = false, className, eager = false }: CoverProps) {
  const { t } = useI18n();
  const [failed, setFailed] = useState(false);
  const classes = ['cover', className].filter(Boolean).join(' ');
  if (title.coverUrl && !failed) {
    return (
      <img
        className={classes}
        src={title.coverUrl}
        alt={decorative ? '' : t('cover.label', { title: title.title })}
        loading={eager ? 'eager' : 'lazy'}
        fetchPriority={eager ? 'high' : 'auto'}
        decoding="async"
        width={120}
        height={180}
        onError={() => setFailed(true)}
      />
    );
  }
  return (
    <PlaceholderCover
      id={title.id}
      title={title.title}
      author={firstAuthor(title.authors)}
      decorative={decorative}
      className={className}
    />
  );
}
