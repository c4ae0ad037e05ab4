import { useRef, useState } from 'react';
import type { FieldPath } from 'react-hook-form';
import { Link } from 'react-router-dom';
import { Facts, type Fact } from '../../../components/facts';
import { ProblemAlert, RefreshFailed } from '../../../components/status';
import { TableShell } from '../../../components/table-shell';
import type { CatalogueTitle } from '../../../lib/api';
import { copyStatusText } from '../../../lib/availability';
import { CATALOGUE_LANG } from '../../../lib/catalogue-lang';
import { formatDeskDate } from '../../../lib/format';
import { useFocusWhen, useSchemaForm } from '../../../lib/forms';
import { useI18n } from '../../../lib/i18n';
import { useCollections, useScopeLocations } from '../../../lib/queries/use-staff-lookups';
import { staffPaths } from '../../../lib/staff';
import { themeName } from '../../../lib/theme-name';
import { useFocusOnMount } from '../../../lib/use-focus-on-mount';
import { useAddCopy, useCatalogueTitle } from '../api/use-catalogue';
import { CopyFields } from './copy-fields';
import { fieldRefusals } from './server-errors';
import { copySchema, EMPTY_COPY, toNewCopy, type CopyForm } from './title-input';

/** A title that is in the catalogue: its facts, its copies in the staff member's scope, and "add a copy". */
export function CatalogueTitleView({ title: found, notice }: { title: CatalogueTitle; notice?: string }) {
  const { t, locale } = useI18n();
  const query = useCatalogueTitle(found);
  const title = query.data;
  // Shown after a lookup or a creation: focus goes to the title (the notice is announced as well).
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(headingRef);
  const facts: Fact[] = [];
  if (title.isbn) facts.push({ label: t('staff.catalogue.field.isbn'), value: title.isbn });
  if (title.recordId) facts.push({ label: t('staff.catalogue.field.recordId'), value: title.recordId });
  if (title.series) {
    facts.push({
      label: t('staff.catalogue.field.series'),
      value: title.seriesNumber != null ? `${title.series} ${title.seriesNumber}` : title.series,
    });
  }
  if (title.publisher) facts.push({ label: t('staff.catalogue.field.publisher'), value: title.publisher });
  if (title.publicationYear != null) {
    facts.push({ label: t('staff.catalogue.field.publicationYear'), value: String(title.publicationYear) });
  }
  if (title.language) facts.push({ label: t('staff.catalogue.field.language'), value: title.language });
  if (title.readingLevel)
    facts.push({ label: t('staff.catalogue.field.readingLevel'), value: title.readingLevel });
  if (title.ageGroup != null) {
    facts.push({
      label: t('staff.catalogue.field.ageGroup'),
      value: t('ageGroup.years', { group: title.ageGroup }),
    });
  }
  if (title.themes.length > 0) {
    facts.push({
      label: t('staff.catalogue.field.themes'),
      value: title.themes.map((theme) => themeName(theme, locale)).join(', '),
    });
  }

  return (
    <section className="staff-panel catalogue-title" aria-labelledby="catalogue-title-heading">
      {notice ? (
        <p className="staff-panel__saved" role="status">
          {notice}
        </p>
      ) : null}
      {query.isError ? <RefreshFailed /> : null}
      <h2 id="catalogue-title-heading" ref={headingRef} tabIndex={-1} lang={CATALOGUE_LANG}>
        {title.title}
        {title.subtitle ? <span className="catalogue-title__subtitle"> — {title.subtitle}</span> : null}
      </h2>
      <p className="lead" lang={CATALOGUE_LANG}>
        {title.authors}
      </p>
      <Facts facts={facts} wide testId="catalogue-title-facts" />
      <p>
        <Link to={`/titels/${title.id}`}>{t('staff.catalogue.openTitlePage')}</Link>
      </p>
      <h3>{t('staff.catalogue.copiesHeading')}</h3>
      {title.copies.length === 0 ? (
        <p className="hint">{t('staff.catalogue.noCopies')}</p>
      ) : (
        <TableShell
          id="catalogue-copies"
          testId="catalogue-copies"
          caption={t('staff.catalogue.copiesCaption', { count: title.copies.length })}
          headers={[
            t('staff.catalogue.barcode'),
            t('staff.catalogue.location'),
            t('staff.catalogue.shelfMark'),
            t('staff.catalogue.collection'),
            t('staff.copy.status'),
          ]}
        >
          {title.copies.map((copy) => (
            <tr key={copy.barcode}>
              <td className="table__mono">
                <Link to={staffPaths.copy(copy.barcode)}>{copy.barcode}</Link>
              </td>
              <td>
                {copy.ownerLocation.name}
                {copy.currentLocation.id !== copy.ownerLocation.id
                  ? ` (${t('staff.catalogue.nowAt', { location: copy.currentLocation.name })})`
                  : ''}
              </td>
              <td>
                <span className="shelf-mark">{copy.shelfMark}</span>
              </td>
              <td>{copy.collectionCode ?? '—'}</td>
              <td>
                {copyStatusText({ status: copy.status }, locale)}
                {copy.status === 'WITHDRAWN' && copy.withdrawnAt
                  ? ` (${formatDeskDate(copy.withdrawnAt.slice(0, 10), locale)})`
                  : ''}
              </td>
            </tr>
          ))}
        </TableShell>
      )}
      <AddCopyForm title={title} />
    </section>
  );
}

const addCopySchema = copySchema.transform(toNewCopy);

/** One more copy of a title that exists (POST /api/copies); the barcode's refusal is shown at the barcode. */
function AddCopyForm({ title }: { title: CatalogueTitle }) {
  const { t } = useI18n();
  const locations = useScopeLocations();
  const collections = useCollections();
  const scope = locations.data ?? [];
  const add = useAddCopy(title.id);
  const [added, setAdded] = useState('');
  const addedRef = useRef<HTMLParagraphElement>(null);
  useFocusWhen(add.isSuccess, add.submittedAt, addedRef);
  const previous = title.copies.find((copy) => copy.status !== 'WITHDRAWN');
  // The suggestion: where the last copy belongs (when it is in scope), its shelf mark and collection.
  const previousLocation = scope.find((location) => location.id === previous?.ownerLocation.id);
  const defaults: CopyForm = {
    ...EMPTY_COPY,
    locationId: previousLocation
      ? String(previousLocation.id)
      : scope.length === 1
        ? String(scope[0]?.id)
        : '',
    shelfMark: previous?.shelfMark ?? '',
    collectionCode: previous?.collectionCode ?? '',
  };
  const form = useSchemaForm(addCopySchema, { defaultValues: defaults });

  const submit = form.handleSubmit((copy) =>
    add.mutate(
      { titleId: title.id, ...copy },
      {
        onSuccess: (created) => {
          form.reset({ ...form.getValues(), barcode: '' });
          setAdded(t('staff.catalogue.copyAdded', { barcode: created.barcode }));
        },
        onError: (error) => {
          const refusals = fieldRefusals(error, { copies: [form.getValues()] });
          refusals.forEach((refusal, index) =>
            form.setError(
              refusal.path.replace(/^copies\.\d+\./, '') as FieldPath<CopyForm>,
              { type: 'server', message: refusal.key },
              { shouldFocus: index === 0 },
            ),
          );
        },
      },
    ),
  );
  const refusedAtFields = add.isError && fieldRefusals(add.error, { copies: [form.getValues()] }).length > 0;

  return (
    <form
      className="staff-form catalogue-add-copy"
      onSubmit={submit}
      noValidate
      aria-labelledby="add-copy-heading"
    >
      <h3 id="add-copy-heading">{t('staff.catalogue.addCopyHeading')}</h3>
      {locations.error ? (
        <ProblemAlert error={locations.error} onRetry={() => void locations.refetch()} />
      ) : null}
      <CopyFields
        idPrefix="add-copy"
        register={(name) => form.register(name)}
        errors={form.formState.errors}
        locations={scope}
        collections={collections.data ?? []}
      />
      {add.isError && !refusedAtFields ? <ProblemAlert error={add.error} /> : null}
      <button type="submit" className="button" disabled={add.isPending}>
        {t('staff.catalogue.addCopy')}
      </button>
      <p ref={addedRef} className="staff-panel__saved" role="status" tabIndex={-1}>
        {added}
      </p>
    </form>
  );
}
