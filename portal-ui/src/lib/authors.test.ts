import { describe, expect, it } from 'vitest';
import { authorList, firstAuthor, formatAuthors } from './authors';

describe('authors', () => {
  it('splits the semicolon-separated string of the contract', () => {
    expect(authorList('Annie M.G. Schmidt; Fiep Westendorp')).toEqual([
      'Annie M.G. Schmidt',
      'Fiep Westendorp',
    ]);
    expect(formatAuthors('Annie M.G. Schmidt; Fiep Westendorp', 'nl')).toBe(
      'Annie M.G. Schmidt en Fiep Westendorp',
    );
    expect(formatAuthors('Annie M.G. Schmidt; Fiep Westendorp', 'en')).toBe(
      'Annie M.G. Schmidt and Fiep Westendorp',
    );
    expect(firstAuthor('Paul van Loon')).toBe('Paul van Loon');
  });

  it('accepts a list and nothing', () => {
    expect(formatAuthors(['A', 'B', 'C'], 'nl')).toBe('A, B en C');
    expect(authorList(null)).toEqual([]);
    expect(firstAuthor(undefined)).toBeUndefined();
  });
});
