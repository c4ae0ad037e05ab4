import { useThemes } from '../../../lib/queries/use-themes';
import { useTitles } from '../../../lib/queries/use-titles';

export const THEME_PAGE_SIZE = 24;

/** One theme (from GET /api/themes) and a page of its titles (GET /api/titles?theme=…). */
export function useThemeBrowse(code: string, page: number) {
  const themes = useThemes();
  const titles = useTitles({ theme: code, page, size: THEME_PAGE_SIZE });
  const theme = themes.data?.find((candidate) => candidate.code === code);
  return { themes, titles, theme };
}
