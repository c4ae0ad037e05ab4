import type {
  CatalogueImportResult,
  ImportCounts,
  ImportRowError,
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
  errors: ImportRowError[];
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

/** "line 3", "record 2: title" of a problem's field errors in the portal's words ("regel 3", "record 2: title"). */
export function problemPlace(field: string, t: I18n['t']): string {
  const match = /^(line|record|row)\s+(\d+)(?::\s*(.*))?$/i.exec(field.trim());
  if (!match) return field;
  const [, kind = '', number = '', rest] = match;
  const place =
    kind.toLowerCase() === 'line'
      ? t('staff.catalogue.import.atLine', { line: number })
      : t('staff.catalogue.import.atRecord', { record: number });
  return rest ? `${place}: ${rest}` : place;
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
