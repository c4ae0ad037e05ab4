import type { ShelfParams, TitleSearchParams } from '../api';

/** All TanStack Query keys in one place, so invalidation never misses one. */
export const queryKeys = {
  titles: (params: TitleSearchParams) => ['titles', 'list', params] as const,
  title: (id: number) => ['titles', 'detail', id] as const,
  themes: () => ['themes'] as const,
  locations: () => ['locations'] as const,
  shelf: (locationId: number, params: ShelfParams) => ['locations', locationId, 'shelf', params] as const,
  me: () => ['me'] as const,
  /** Under me(): a new session or a logout refreshes it with the profile. */
  myNotifications: () => ['me', 'notifications'] as const,
};
