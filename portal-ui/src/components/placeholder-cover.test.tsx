import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { COVER_PALETTE, coverColor, PlaceholderCover, wrapText } from './placeholder-cover';

describe('placeholder cover', () => {
  it('is an image named after the title', () => {
    render(<PlaceholderCover id={42} title="Dolfje Weerwolfje" author="Paul van Loon" />);
    const cover = screen.getByRole('img', { name: 'Omslag van Dolfje Weerwolfje' });
    expect(cover.tagName.toLowerCase()).toBe('svg');
    expect(cover).toHaveTextContent('Dolfje');
    expect(cover).toHaveTextContent('Paul van Loon');
  });

  it('is hidden from screen readers when decorative', () => {
    render(<PlaceholderCover id={42} title="Dolfje Weerwolfje" decorative />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByTestId('placeholder-cover')).toHaveAttribute('aria-hidden', 'true');
  });

  it('picks the same colour for the same id, from the palette', () => {
    expect(coverColor(42)).toBe(coverColor(42));
    expect(COVER_PALETTE).toContain(coverColor(42));
    const colours = new Set(Array.from({ length: 30 }, (_, i) => coverColor(i + 1)));
    expect(colours.size).toBeGreaterThan(5);
  });

  it('renders deterministically', () => {
    const { container: a } = render(<PlaceholderCover id={7} title="Het geheim van de lachende kat" />);
    const { container: b } = render(<PlaceholderCover id={7} title="Het geheim van de lachende kat" />);
    expect(a.innerHTML).toBe(b.innerHTML);
  });

  it('wraps titles into short lines and cuts with an ellipsis', () => {
    expect(wrapText('Het geheim van de lachende kat', 12, 5)).toEqual([
      'Het geheim',
      'van de',
      'lachende kat',
    ]);
    expect(wrapText('De kleine kapitein', 10, 5)).toEqual(['De kleine', 'kapitein']);
    expect(wrapText('Kinderboekenweekgeschenk', 12, 5)).toEqual(['Kinderboeke-', 'nweekgesche-', 'nk']);
    const long = wrapText('een twee drie vier vijf zes zeven acht negen tien elf twaalf', 8, 3);
    expect(long).toHaveLength(3);
    expect(long[2]?.endsWith('…')).toBe(true);
  });
});

describe('title layout on the placeholder', () => {
  it('keeps normal titles large and shrinks for long compounds instead of cutting them', async () => {
    const { layoutTitle } = await import('./placeholder-cover');
    expect(layoutTitle('Dolfje Weerwolfje')).toEqual({ fontSize: 14, lines: ['Dolfje', 'Weerwolfje'] });
    const long = layoutTitle('Weerwolfnachtbaan');
    expect(long.fontSize).toBeLessThan(14);
    expect(long.lines).toEqual(['Weerwolfnachtbaan']);
  });
});
