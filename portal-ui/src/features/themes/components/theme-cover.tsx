import { COVER_PALETTE, coverColor } from '../../../components/placeholder-cover';

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
      <rect
        x="22"
        y={86 - h(1)}
        width="18"
        height={h(1)}
        rx="2"
        fill={spine(1)}
        stroke="#fff"
        strokeOpacity="0.55"
      />
      <rect
        x="42"
        y={86 - h(2)}
        width="22"
        height={h(2)}
        rx="2"
        fill={spine(2)}
        stroke="#fff"
        strokeOpacity="0.55"
      />
      <rect
        x="66"
        y={86 - h(3)}
        width="14"
        height={h(3)}
        rx="2"
        fill={spine(3)}
        stroke="#fff"
        strokeOpacity="0.55"
      />
      <rect
        x="84"
        y={86 - h(4)}
        width="20"
        height={h(4)}
        rx="2"
        fill={spine(4)}
        stroke="#fff"
        strokeOpacity="0.55"
        transform="rotate(12 94 86)"
      />
      <rect x="46" y={96 - h(2)} width="14" height="3" fill="#fff" opacity="0.7" />
      <rect x="25" y={98 - h(1)} width="12" height="3" fill="#fff" opacity="0.7" />
    </svg>
  );
}
