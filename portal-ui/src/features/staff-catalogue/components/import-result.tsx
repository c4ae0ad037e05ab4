import type {
  CatalogueImportResult,
  ImportCounts,
  CatalogueImportRowError,
  ProblemFieldError,
} from '../../../lib/api';
import { TableShell } from '../../../components/table-shell';
import { useI18n, type I18n } from '../../../lib/i18n';

const COUNTS = [
  'created',
  'updated',
  'unchanged',
  'rejected',
] as const satisfies readonly (keyof ImportCounts)[];

/** Titles and copies: created / updated / unchanged / rejected, as a small table. */
export function ImportCountsTable({
  id,
  result,
}: {
  id: string;
  result: Pick<CatalogueImportResult, 'titles' | 'copies'>;
}) {
  const { t } = useI18n();
  return (
    <TableShell
      id={id}
      testId={id}
      className="import-counts"
      caption={t('staff.catalogue.import.countsCaption')}
      headers={[
        t('staff.catalogue.import.what'),
        ...COUNTS.map((count) => t(`staff.catalogue.import.count.${count}`)),
      ]}
    >
      {(['titles', 'copies'] as const).map((what) => (
        <tr key={what}>
          <th scope="row">{t(`staff.catalogue.import.${what}`)}</th>
          {COUNTS.map((count) => (
            <td
              key={count}
              className={
                count === 'rejected' && result[what][count] > 0 ? 'import-counts__rejected' : undefined
              }
            >
              {result[what][count]}
            </td>
          ))}
        </tr>
      ))}
    </TableShell>
  );
}

/** The rows the import refused: record, line, field and why. */
export function ImportErrorsTable({
  id,
  errors,
  truncated,
}: {
  id: string;
  errors: CatalogueImportRowError[];
  truncated: boolean;
}) {
  const { t } = useI18n();
  if (errors.length === 0) return null;
  return (
    <>
      <TableShell
        id={id}
        testId={id}
        caption={t('staff.catalogue.import.errorsCaption', { count: errors.length })}
        headers={[
          t('staff.catalogue.import.record'),
          t('staff.catalogue.import.line'),
          t('staff.catalogue.import.field'),
          t('staff.catalogue.import.message'),
        ]}
      >
        {errors.map((error, index) => (
          <tr key={`${error.record}-${error.field ?? ''}-${index}`}>
            <td>{error.record}</td>
            <td>{error.line ?? '—'}</td>
            <td className="table__mono">{error.field ?? '—'}</td>
            <td>{error.message}</td>
          </tr>
        ))}
      </TableShell>
      {truncated ? <p className="hint">{t('staff.catalogue.import.errorsTruncated')}</p> : null}
    </>
  );
}

const PLACE = /^(line|record|row)\s+(\d+)(?:\s+\(line\s+(\d+)\))?(?::\s*(.*))?$/i;

/**
 * A refused row of a problem's field errors ("record 2 (line 3): isbn") as a row of the errors table; null for a
 * field error that names no record.
 */
export function rowOfProblem(error: ProblemFieldError): CatalogueImportRowError | null {
  const match = PLACE.exec((error.field ?? '').trim());
  if (!match || match[1]?.toLowerCase() === 'line') return null;
  const [, , record = '', line, field] = match;
  return {
    record: Number(record),
    ...(line ? { line: Number(line) } : {}),
    ...(field ? { field } : {}),
    message: error.message ?? '',
  };
}

/** "line 3", "record 2: title" of a problem's field errors in the portal's words ("Regel 3", "Record 2: title"). */
export function problemPlace(field: string, t: I18n['t']): string {
  const match = PLACE.exec(field.trim());
  if (!match) return field;
  const [, kind = '', number = '', line, rest] = match;
  const place =
    kind.toLowerCase() === 'line'
      ? t('staff.catalogue.import.atLine', { line: number })
      : line
        ? t('staff.catalogue.import.atRecordLine', { record: number, line })
        : t('staff.catalogue.import.atRecord', { record: number });
  return rest ? `${place}: ${rest}` : place;
}

/** What the import noticed without rejecting anything (e.g. MARC subjects without a matching theme). */
export function ImportNotes({ notes }: { notes: string[] }) {
  const { t } = useI18n();
  if (notes.length === 0) return null;
  return (
    <>
      <h3>{t('staff.catalogue.import.notes')}</h3>
      <ul className="staff-list">
        {notes.map((note, index) => (
          <li key={index}>{note}</li>
        ))}
      </ul>
    </>
  );
}

/** The places a refusal names (a malformed file, rows refused by all-or-nothing), each with its message. */
export function ProblemPlaces({ errors }: { errors: ProblemFieldError[] }) {
  const { t } = useI18n();
  if (errors.length === 0) return null;
  return (
    <ul className="staff-list" data-testid="import-problem-places">
      {errors.map((error, index) => (
        <li key={`${error.field}-${index}`}>
          <strong>{problemPlace(error.field ?? '', t)}</strong>
          {error.message ? ` — ${error.message}` : ''}
        </li>
      ))}
    </ul>
  );
}
