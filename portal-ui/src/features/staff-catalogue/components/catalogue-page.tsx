import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { ScanForm } from '../../../components/scan-field';
import { Loading, ProblemAlert } from '../../../components/status';
import type { CatalogueTitle } from '../../../lib/api';
import { ApiError } from '../../../lib/api-client';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { useScopeLocations } from '../../../lib/queries/use-staff-lookups';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFocusOnMount } from '../../../lib/use-focus-on-mount';
import { catalogueKeys, useTitleLookup } from '../api/use-catalogue';
import { CatalogueNav } from './catalogue-nav';
import { CatalogueTitleView } from './catalogue-title';
import { TitleFormPanel } from './title-form';
import { parseLookup, type LookupKey } from './title-input';

/**
 * /balie/catalogus — a title by hand, ISBN first: type or scan an ISBN (or the library's record id); a title that
 * exists is shown with its copies and "add a copy", one that does not gets the title form with its copies.
 */
export function CataloguePage() {
  const { t } = useI18n();
  useDocumentTitle(t('staff.catalogue.title'));
  const [value, setValue] = useState('');
  const [error, setError] = useState<MessageKey | null>(null);
  const [key, setKey] = useState<LookupKey | null>(null);
  // Each lookup or creation starts the panel below afresh (a new form, a new title view).
  const [round, setRound] = useState(0);
  const [created, setCreated] = useState<CatalogueTitle | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const lookup = useTitleLookup(key);
  const queryClient = useQueryClient();
  const locations = useScopeLocations();

  const look = (next: LookupKey) => {
    // Every lookup asks the service again (the same ISBN may have been added meanwhile).
    void queryClient.invalidateQueries({ queryKey: catalogueKeys.lookup(next) });
    setKey(next);
    setCreated(null);
    setRound((n) => n + 1);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseLookup(value);
    setError(parsed.error);
    if (!parsed.key) return inputRef.current?.focus();
    look(parsed.key);
  };

  const notFound = lookup.error instanceof ApiError && lookup.error.code === 'NOT_FOUND';

  return (
    <div className="page staff-catalogue">
      <h1>{t('staff.catalogue.title')}</h1>
      <CatalogueNav />
      <p className="lead">{t('staff.catalogue.intro')}</p>
      <ScanForm
        onSubmit={submit}
        id="catalogue-lookup"
        name="lookup"
        label={t('staff.catalogue.lookup.label')}
        value={value}
        onChange={setValue}
        inputRef={inputRef}
        submitLabel={t('staff.catalogue.lookup.submit')}
        error={error ? t(error) : null}
        inputMode="text"
      />
      <div className="catalogue-result">
        {key == null ? null : locations.isPending || (lookup.isPending && !created) ? (
          <Loading />
        ) : created ? (
          <CatalogueTitleView
            key={`created-${round}`}
            title={created}
            notice={t('staff.catalogue.created', { count: created.copies.length })}
          />
        ) : lookup.data ? (
          <CatalogueTitleView key={`found-${round}`} title={lookup.data} />
        ) : notFound ? (
          <>
            <NotFoundNote key={`note-${round}`} />
            <TitleFormPanel
              key={`new-${round}`}
              lookedUp={key}
              onCreated={(title) => {
                setCreated(title);
                setRound((n) => n + 1);
              }}
              onShowExisting={(existing) => {
                setValue('isbn' in existing ? existing.isbn : existing.recordId);
                look(existing);
              }}
            />
          </>
        ) : (
          <ProblemAlert error={lookup.error} onRetry={() => void lookup.refetch()} />
        )}
      </div>
    </div>
  );
}

/** "Not in the catalogue yet": focused when shown, so the form follows on Tab. */
function NotFoundNote() {
  const { t } = useI18n();
  const ref = useRef<HTMLParagraphElement>(null);
  useFocusOnMount(ref);
  return (
    <p ref={ref} className="alert staff-catalogue__not-found" role="status" tabIndex={-1}>
      {t('staff.catalogue.notFound')}
    </p>
  );
}
