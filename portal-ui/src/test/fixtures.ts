import type { Theme, TitleDetail, TitlePage, TitleSummary } from '../lib/api';

export function titleSummary(overrides: Partial<TitleSummary> = {}): TitleSummary {
  return {
    id: 1,
    isbn: '9789025111100',
    title: 'Dolfje Weerwolfje',
    authors: 'Paul van Loon',
    publicationYear: 1995,
    series: 'Dolfje Weerwolfje',
    seriesNumber: 1,
    ageGroup: '6-9',
    readingLevel: 'M5',
    themes: [{ code: 'griezelen', nameNl: 'Griezelen', nameEn: 'Spooky' }],
    copiesTotal: 5,
    copiesOnShelf: 3,
    ...overrides,
  };
}

export function titlePage(items: TitleSummary[], overrides: Partial<TitlePage> = {}): TitlePage {
  return { items, page: 0, size: 20, total: items.length, ...overrides };
}

export function titleDetail(overrides: Partial<TitleDetail> = {}): TitleDetail {
  return {
    ...titleSummary(),
    description: 'Dolfje is een weerwolfje dat bij zijn opa en oma woont.',
    availability: [
      {
        locationId: 10,
        locationName: 'Schoolbieb De Regenboog',
        locationKind: 'SCHOOL_LIBRARY',
        total: 3,
        onShelf: 2,
        onLoan: 1,
        unavailable: 0,
        nextDueDate: '2026-12-04',
      },
      {
        locationId: 20,
        locationName: 'Bibliotheek Centrum',
        locationKind: 'BRANCH',
        total: 2,
        onShelf: 0,
        onLoan: 2,
        unavailable: 0,
        nextDueDate: '2026-12-04',
      },
    ],
    copies: [
      {
        barcode: '100001',
        locationId: 10,
        locationName: 'Schoolbieb De Regenboog',
        shelfMark: 'JE LOON',
        status: 'ON_SHELF',
      },
      {
        barcode: '100002',
        locationId: 20,
        locationName: 'Bibliotheek Centrum',
        shelfMark: 'JE LOON',
        status: 'ON_LOAN',
        dueDate: '2026-12-04',
        collectionCode: 'KBW-2026',
      },
    ],
    ...overrides,
  };
}

export const themes: Theme[] = [
  { code: 'griezelen', nameNl: 'Griezelen', nameEn: 'Spooky', titleCount: 12, sampleTitleIds: [1] },
  { code: 'dieren', nameNl: 'Dieren', nameEn: 'Animals', titleCount: 30, sampleTitleIds: [2] },
];
