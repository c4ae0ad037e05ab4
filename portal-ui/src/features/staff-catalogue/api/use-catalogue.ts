import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CatalogueImportParams, CatalogueTitle, NewCopy, TitleInput } from '../../../lib/api';
import { api } from '../../../lib/api-client';
import type { LookupKey } from '../components/title-input';

export const catalogueKeys = {
  lookup: (key: LookupKey) => ['staff', 'catalogue', 'lookup', key] as const,
  title: (id: number) => ['staff', 'catalogue', 'title', id] as const,
  imports: (page: number) => ['staff', 'catalogue', 'imports', page] as const,
  allImports: () => ['staff', 'catalogue', 'imports'] as const,
};

/** GET /api/titles/lookup?isbn=… or ?recordId=… — the title with its copies in scope; 404 when there is none. */
export function useTitleLookup(key: LookupKey | null) {
  return useQuery({
    queryKey: key ? catalogueKeys.lookup(key) : ['staff', 'catalogue', 'lookup', 'none'],
    queryFn: ({ signal }) => api.GET('/api/titles/lookup', { params: { query: key ?? {} }, signal }),
    enabled: key != null,
    staleTime: 0,
  });
}

/** GET /api/titles/{id}/catalogue — the staff view of a title (refreshed after a copy is added). */
export function useCatalogueTitle(title: CatalogueTitle) {
  return useQuery({
    queryKey: catalogueKeys.title(title.id),
    queryFn: ({ signal }) =>
      api.GET('/api/titles/{id}/catalogue', { params: { path: { id: title.id } }, signal }),
    initialData: title,
    staleTime: 0,
  });
}

/** POST /api/titles — a new title with its copies, all or nothing. */
export function useCreateTitle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TitleInput) => api.POST('/api/titles', { body }),
    onSuccess: (title) => queryClient.setQueryData(catalogueKeys.title(title.id), title),
  });
}

/** POST /api/copies — one more copy of a title. */
export function useAddCopy(titleId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewCopy) => api.POST('/api/copies', { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogueKeys.title(titleId) }),
  });
}

/** The formats a catalogue file may have, by its extension: the Content-Type it is sent with. */
export const IMPORT_TYPES = {
  csv: 'text/csv',
  json: 'application/json',
  mrc: 'application/marc',
  xml: 'application/marcxml+xml',
} as const;
export type ImportExtension = keyof typeof IMPORT_TYPES;

export function importExtension(fileName: string): ImportExtension | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return extension && extension in IMPORT_TYPES ? (extension as ImportExtension) : null;
}

export interface ImportRequest {
  file: File;
  extension: ImportExtension;
  options: Omit<CatalogueImportParams, 'dryRun'>;
  dryRun: boolean;
}

/** POST /api/catalogue/imports — the file as the body, its format the Content-Type; a dry run changes nothing. */
export function useCatalogueImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, extension, options, dryRun }: ImportRequest) =>
      api.POST('/api/catalogue/imports', {
        params: { query: { ...options, dryRun } },
        // The file's bytes as they are (MARC is binary); openapi-fetch would otherwise send JSON.
        body: new Uint8Array(await file.arrayBuffer()) as never,
        bodySerializer: (body: unknown) => body as BodyInit,
        headers: { 'Content-Type': IMPORT_TYPES[extension] },
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: catalogueKeys.allImports() }),
  });
}

export const IMPORTS_PAGE_SIZE = 10;

/** GET /api/catalogue/imports — earlier imports (dry runs included), newest first. */
export function useImportRuns(page: number) {
  return useQuery({
    queryKey: catalogueKeys.imports(page),
    queryFn: ({ signal }) =>
      api.GET('/api/catalogue/imports', { params: { query: { page, size: IMPORTS_PAGE_SIZE } }, signal }),
    staleTime: 0,
  });
}
