import { COVER_PALETTE, coverColor } from '../../../components/placeholder-cover';

/** The book spines standing on the shelf, left to right (the last one leans). */
const SPINES = [
  { n: 1, x: 22, width: 18 },
  { n: 2, x: 42, width: 22 },
  { n: 3, x: 66, width: 14 },
  { n: 4, x: 84, width: 20, transform: 'rotate(12 94 86)' },
];

/** A decorative tile for a theme: a small row of book spines in the theme's colours, different per theme. */
export function ThemeCover({ code }: { code: string }) {
  const base = coverColor(code);
  const offset = COVER_PALETTE.indexOf(base as (typeof COVER_PALETTE)[number]);
  const spine = (n: number) => COVER_PALETTE[(offset + n * 3) % COVER_PALETTE.length] ?? base;
  // Spine heights vary with the theme code, so tiles don't all look alike.
  const seed = [...code].reduce((sum, char) => sum + char.charCodeAt(0), 0);
  const h = (n: number) => 44 + ((seed * (n + 3)) % 22);
  return (
    <svg className="theme-cover" viewBox="0 0 160 100" aria-hidden="true" focusable="false">
      <rect width="160" height="100" fill={base} />
      <circle cx="138" cy="18" r="34" fill="#fff" opacity="0.1" />
      <rect x="0" y="86" width="160" height="14" fill="#000" opacity="0.25" />
      {SPINES.map(({ n, x, width, transform }) => (
        <rect
          key={n}
          x={x}
          y={86 - h(n)}
          width={width}
          height={h(n)}
          rx="2"
          fill={spine(n)}
          stroke="#fff"
          strokeOpacity="0.55"
          transform={transform}
        />
      ))}
      <rect x="46" y={96 - h(2)} width="14" height="3" fill="#fff" opacity="0.7" />
      <rect x="25" y={98 - h(1)} width="12" height="3" fill="#fff" opacity="0.7" />
    </svg>
  );
}
