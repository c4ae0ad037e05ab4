import { useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { z } from 'zod';
import { Field } from '../../../components/field';
import { Pagination } from '../../../components/pagination';
import { Loading, ProblemAlert } from '../../../components/status';
import { TableShell } from '../../../components/table-shell';
import type { CatalogueImportResult, CatalogueImportRowError, ImportRunStatus } from '../../../lib/api';
import { ApiError } from '../../../lib/api-client';
import { formatDeskDateTime } from '../../../lib/format';
import { messageKey, useFieldError, useFocusWhen, useSchemaForm } from '../../../lib/forms';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { staffPaths } from '../../../lib/staff';
import { pageFromParam, pageToParam, withParams } from '../../../lib/url-params';
import { useDocumentTitle } from '../../../lib/use-document-title';
import {
  importExtension,
  IMPORTS_PAGE_SIZE,
  useCatalogueImport,
  useImportRuns,
  type ImportRequest,
} from '../api/use-catalogue';
import { CatalogueNav } from './catalogue-nav';
import {
  ImportCountsTable,
  ImportErrorsTable,
  ImportNotes,
  ProblemPlaces,
  rowOfProblem,
} from './import-result';

const importSchema = z.object({
  file: z.custom<FileList | null | undefined>().transform((files, context) => {
    const file = files?.[0];
    if (!file) {
      context.addIssue({ code: 'custom', message: messageKey('staff.catalogue.import.fileRequired') });
      return z.NEVER;
    }
    const extension = importExtension(file.name);
    if (!extension) {
      context.addIssue({ code: 'custom', message: messageKey('staff.catalogue.import.fileType') });
      return z.NEVER;
    }
    return { file, extension };
  }),
  allOrNothing: z.boolean(),
  holdingsTag: z
    .string()
    .trim()
    .regex(/^(852|9\d\d)$/, messageKey('staff.catalogue.import.holdingsTagInvalid')),
});

type Tested = { request: ImportRequest; result: CatalogueImportResult };

/** The same file (name, size, date) with the same options: the dry run still says what the import will do. */
function sameRequest(a: ImportRequest, b: ImportRequest): boolean {
  return (
    a.file.name === b.file.name &&
    a.file.size === b.file.size &&
    a.file.lastModified === b.file.lastModified &&
    JSON.stringify(a.options) === JSON.stringify(b.options)
  );
}

/**
 * /balie/catalogus/importeren — a catalogue file (.csv, .json, MARC .mrc or MARCXML .xml): a dry run first (what
 * would be created, updated, left unchanged or rejected, row by row), then the import itself, and earlier imports.
 */
export function CatalogueImportPage() {
  const { t } = useI18n();
  useDocumentTitle(t('staff.catalogue.import.title'));
  const dryRun = useCatalogueImport();
  const apply = useCatalogueImport();
  const [tested, setTested] = useState<Tested | null>(null);
  const [applied, setApplied] = useState<Tested | null>(null);
  const form = useSchemaForm(importSchema, {
    defaultValues: { file: undefined, allOrNothing: true, holdingsTag: '852' },
  });
  const errors = form.formState.errors;
  const errorText = useFieldError();
  const resultRef = useRef<HTMLHeadingElement>(null);
  const appliedRef = useRef<HTMLHeadingElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  useFocusWhen(tested != null, dryRun.submittedAt, resultRef);
  useFocusWhen(applied != null, apply.submittedAt, appliedRef);
  useFocusWhen(dryRun.isError || apply.isError, dryRun.submittedAt + apply.submittedAt, failureRef);

  const submit = form.handleSubmit(({ file, allOrNothing, holdingsTag }) => {
    const request: ImportRequest = {
      file: file.file,
      extension: file.extension,
      options: { allOrNothing, holdingsTag },
      dryRun: true,
    };
    setTested(null);
    setApplied(null);
    apply.reset();
    dryRun.mutate(request, { onSuccess: (result) => setTested({ request, result }) });
  });

  // Changing the file or an option makes the dry run out of date: it must run again before the import.
  const values = form.watch();
  const chosen = values.file?.[0];
  const current =
    tested &&
    chosen &&
    sameRequest(tested.request, {
      ...tested.request,
      file: chosen,
      options: { allOrNothing: values.allOrNothing, holdingsTag: values.holdingsTag.trim() },
    })
      ? tested
      : null;
  const blocked = current != null && current.request.options.allOrNothing && hasRejected(current.result);

  const runImport = () => {
    if (!current) return;
    const request = { ...current.request, dryRun: false };
    apply.mutate(request, {
      onSuccess: (result) => {
        setApplied({ request, result });
        setTested(null);
      },
    });
  };

  const failure = dryRun.error ?? apply.error;
  return (
    <div className="page staff-catalogue staff-import">
      <h1>{t('staff.catalogue.title')}</h1>
      <CatalogueNav />
      <p className="lead">{t('staff.catalogue.import.intro')}</p>

      <form className="form staff-form" onSubmit={submit} noValidate>
        <Field
          id="import-file"
          label={t('staff.catalogue.import.file')}
          hint={t('staff.catalogue.import.fileHint')}
          error={errorText(errors.file)}
          required
        >
          {(control) => (
            <input {...control} {...form.register('file')} type="file" accept=".csv,.json,.mrc,.xml" />
          )}
        </Field>
        <Field
          id="import-all-or-nothing"
          kind="checkbox"
          label={t('staff.catalogue.import.allOrNothing')}
          hint={t('staff.catalogue.import.allOrNothingHint')}
        >
          {(control) => <input {...control} {...form.register('allOrNothing')} type="checkbox" />}
        </Field>
        <Field
          id="import-holdings-tag"
          label={t('staff.catalogue.import.holdingsTag')}
          hint={t('staff.catalogue.import.holdingsTagHint')}
          error={errorText(errors.holdingsTag)}
        >
          {(control) => (
            <input
              {...control}
              {...form.register('holdingsTag')}
              type="text"
              inputMode="numeric"
              maxLength={3}
              className="import-holdings-tag"
            />
          )}
        </Field>
        <button type="submit" className="button" disabled={dryRun.isPending || apply.isPending}>
          {t('staff.catalogue.import.dryRun')}
        </button>
      </form>

      {dryRun.isPending ? <Loading label={t('staff.catalogue.import.testing')} /> : null}
      {failure ? <ImportFailure error={failure} failureRef={failureRef} /> : null}

      {tested ? (
        <section className="staff-panel staff-series__result" aria-labelledby="import-dry-run-heading">
          <h2 id="import-dry-run-heading" ref={resultRef} tabIndex={-1}>
            {t('staff.catalogue.import.dryRunHeading', { file: tested.request.file.name })}
          </h2>
          <p>{t('staff.catalogue.import.nothingChanged')}</p>
          <ImportCountsTable id="import-dry-run-counts" result={tested.result} />
          <ImportErrorsTable
            id="import-dry-run-errors"
            errors={tested.result.errors}
            truncated={tested.result.errorsTruncated}
          />
          <ImportNotes notes={tested.result.notes} />
          {!current ? (
            <p className="alert">{t('staff.catalogue.import.outdated')}</p>
          ) : blocked ? (
            <p className="alert alert--error">{t('staff.catalogue.import.blocked')}</p>
          ) : (
            <>
              <p>
                {hasRejected(current.result)
                  ? t('staff.catalogue.import.applyWithRejected')
                  : t('staff.catalogue.import.applyHint')}
              </p>
              <button type="button" className="button" onClick={runImport} disabled={apply.isPending}>
                {t('staff.catalogue.import.apply')}
              </button>
            </>
          )}
          {apply.isPending ? <Loading label={t('staff.catalogue.import.importing')} /> : null}
        </section>
      ) : null}

      {applied ? (
        <section className="staff-panel" aria-labelledby="import-applied-heading">
          <h2 id="import-applied-heading" ref={appliedRef} tabIndex={-1}>
            {t('staff.catalogue.import.appliedHeading', { file: applied.request.file.name })}
          </h2>
          <ImportCountsTable id="import-applied-counts" result={applied.result} />
          <ImportErrorsTable
            id="import-applied-errors"
            errors={applied.result.errors}
            truncated={applied.result.errorsTruncated}
          />
          <ImportNotes notes={applied.result.notes} />
        </section>
      ) : null}

      <ImportRuns />
    </div>
  );
}

function hasRejected(result: CatalogueImportResult): boolean {
  return result.titles.rejected > 0 || result.copies.rejected > 0;
}

/** A refused import: a malformed file names its line or record; rows refused by all-or-nothing are listed. */
function ImportFailure({
  error,
  failureRef,
}: {
  error: unknown;
  failureRef: React.RefObject<HTMLDivElement | null>;
}) {
  const { t } = useI18n();
  if (error instanceof ApiError && error.code === 'IMPORT_FILE_MALFORMED') {
    return (
      <div
        ref={failureRef}
        tabIndex={-1}
        className="alert alert--error"
        role="alert"
        data-problem={error.code}
      >
        <p className="alert__title">{t('staff.catalogue.import.malformed')}</p>
        <ProblemPlaces errors={error.errors} />
        {error.errors.length === 0 && error.detail ? <p>{error.detail}</p> : null}
        <p>{t('staff.catalogue.import.malformedHint')}</p>
      </div>
    );
  }
  const rows =
    error instanceof ApiError && error.code === 'VALIDATION_FAILED'
      ? error.errors.map(rowOfProblem).filter((row): row is CatalogueImportRowError => row != null)
      : [];
  if (rows.length > 0) {
    return (
      <section className="staff-panel" aria-labelledby="import-refused-heading">
        <div
          ref={failureRef}
          tabIndex={-1}
          className="alert alert--error"
          role="alert"
          data-problem="VALIDATION_FAILED"
        >
          <p className="alert__title" id="import-refused-heading">
            {t('staff.catalogue.import.refused', { count: rows.length })}
          </p>
          <p>{t('staff.catalogue.import.refusedHint')}</p>
        </div>
        <ImportErrorsTable id="import-refused-errors" errors={rows} truncated={false} />
      </section>
    );
  }
  return (
    <div ref={failureRef} tabIndex={-1}>
      <ProblemAlert error={error} />
      {error instanceof ApiError ? <ProblemPlaces errors={error.errors} /> : null}
    </div>
  );
}

const STATUS_KEYS: Record<ImportRunStatus, MessageKey> = {
  RUNNING: 'staff.catalogue.import.status.RUNNING',
  APPLIED: 'staff.catalogue.import.status.APPLIED',
  DRY_RUN: 'staff.catalogue.import.status.DRY_RUN',
  REFUSED: 'staff.catalogue.import.status.REFUSED',
};

/** Earlier imports and dry runs, newest first, paged (?pagina=2). */
function ImportRuns() {
  const { t, locale } = useI18n();
  const [params] = useSearchParams();
  const page = pageFromParam(params.get('pagina'));
  const runs = useImportRuns(page);
  const counts = (c: { created: number; updated: number; unchanged: number; rejected: number }) =>
    t('staff.catalogue.import.countsShort', { ...c });
  return (
    <section className="staff-panel" aria-labelledby="import-runs-heading">
      <h2 id="import-runs-heading">{t('staff.catalogue.import.runsHeading')}</h2>
      {runs.isPending ? (
        <Loading />
      ) : runs.isError && !runs.data ? (
        <ProblemAlert error={runs.error} onRetry={() => void runs.refetch()} />
      ) : runs.data.items.length === 0 ? (
        <p className="hint">{t('staff.catalogue.import.noRuns')}</p>
      ) : (
        <>
          <TableShell
            id="import-runs"
            testId="import-runs"
            caption={t('staff.catalogue.import.runsCaption')}
            headers={[
              t('staff.catalogue.import.runWhen'),
              t('staff.catalogue.import.runWho'),
              t('staff.catalogue.import.runFormat'),
              t('staff.catalogue.import.runKind'),
              t('staff.catalogue.import.runStatus'),
              t('staff.catalogue.import.titles'),
              t('staff.catalogue.import.copies'),
            ]}
          >
            {runs.data.items.map((run) => (
              <tr key={run.id}>
                <td>{formatDeskDateTime(run.startedAt, locale)}</td>
                <td>{run.startedBy}</td>
                <td>{run.format}</td>
                <td>
                  {run.dryRun
                    ? t('staff.catalogue.import.kindDryRun')
                    : t('staff.catalogue.import.kindImport')}
                </td>
                <td>{STATUS_KEYS[run.status] ? t(STATUS_KEYS[run.status]) : run.status}</td>
                <td>{counts(run.titles)}</td>
                <td>{counts(run.copies)}</td>
              </tr>
            ))}
          </TableShell>
          <Pagination
            page={page}
            size={IMPORTS_PAGE_SIZE}
            total={runs.data.total}
            hrefFor={(p) => `${staffPaths.catalogueImport}?${withParams(params, { pagina: pageToParam(p) })}`}
          />
        </>
      )}
    </section>
  );
}
