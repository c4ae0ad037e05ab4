import { useI18n } from '../lib/i18n';

/** Dark backgrounds on which white text passes WCAG AA (≥ 4.5:1). */
export const COVER_PALETTE = [
  '#1d4e89',
  '#6a2c7d',
  '#9b2c2c',
  '#1f5f3b',
  '#7a4208',
  '#0f5a61',
  '#4b3a8c',
  '#93294f',
  '#2f4858',
  '#5c4a12',
] as const;

/** FNV-1a over the id: the same title always gets the same colour, neighbours differ. */
export function coverColor(id: number | string): string {
  let hash = 0x811c9dc5;
  for (const char of String(id)) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return COVER_PALETTE[hash % COVER_PALETTE.length] ?? COVER_PALETTE[0];
}

/** Greedy word wrap; over-long words are cut, and the last line gets an ellipsis when text is left. */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let word of words) {
    while (word.length > maxChars) {
      if (line) {
        lines.push(line);
        line = '';
      }
      lines.push(`${word.slice(0, maxChars - 1)}-`);
      word = word.slice(maxChars - 1);
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= maxChars) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = `${last.length >= maxChars ? last.slice(0, maxChars - 1) : last}…`;
  return kept;
}

/**
 * Fits the title in the 90-unit wide text box: bold 14-unit type holds about 10 characters a line;
 * a longer word ("Weerwolfnachtbaan") shrinks the type (down to 8) rather than being cut.
 */
export function layoutTitle(title: string): { fontSize: number; lines: string[] } {
  const longest = Math.max(0, ...title.split(/\s+/).map((word) => word.length));
  const fontSize = Math.max(8, Math.min(14, Math.floor((14 * 10 * 10) / Math.max(10, longest)) / 10));
  const maxChars = Math.floor((10 * 14) / fontSize);
  const maxLines = Math.min(7, Math.floor(100 / (fontSize * 1.2)));
  return { fontSize, lines: wrapText(title, maxChars, maxLines) };
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export interface PlaceholderCoverProps {
  id: number | string;
  title: string;
  author?: string | null;
  /** Hidden from assistive technology when the title is already next to it. */
  decorative?: boolean;
  className?: string;
}

/** A generated book cover for titles without a cover image: deterministic colour, title and author. */
export function PlaceholderCover({
  id,
  title,
  author,
  decorative = false,
  className,
}: PlaceholderCoverProps) {
  const { t } = useI18n();
  const color = coverColor(id);
  const { fontSize, lines } = layoutTitle(title);
  const lineHeight = Math.round(fontSize * 1.2 * 10) / 10;
  const firstY = 34 + fontSize;
  const a11y = decorative
    ? { 'aria-hidden': true as const, focusable: 'false' as const }
    : { role: 'img', 'aria-label': t('cover.label', { title }) };
  return (
    <svg
      className={['cover', 'cover--placeholder', className].filter(Boolean).join(' ')}
      viewBox="0 0 120 180"
      xmlns="http://www.w3.org/2000/svg"
      data-testid="placeholder-cover"
      {...a11y}
    >
      <rect width="120" height="180" fill={color} />
      <rect width="9" height="180" fill="#000" opacity="0.22" />
      <circle cx="104" cy="160" r="44" fill="#fff" opacity="0.08" />
      <circle cx="18" cy="14" r="22" fill="#fff" opacity="0.06" />
      <rect x="20" y="26" width="86" height="2" fill="#fff" opacity="0.6" />
      <text
        x="20"
        fill="#fff"
        fontFamily="system-ui, 'Segoe UI', Roboto, sans-serif"
        fontSize={fontSize}
        fontWeight="700"
      >
        {lines.map((line, index) => (
          <tspan key={index} x="20" y={firstY + index * lineHeight}>
            {line}
          </tspan>
        ))}
      </text>
      {author ? (
        <text
          x="20"
          y="164"
          fill="#fff"
          fontFamily="system-ui, 'Segoe UI', Roboto, sans-serif"
          fontSize="9.5"
          opacity="0.92"
        >
          {truncate(author, 20)}
        </text>
      ) : null}
    </svg>
  );
}
