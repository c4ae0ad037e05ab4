import { useFieldArray, type FieldPath } from 'react-hook-form';
import { Field } from '../../../components/field';
import { ProblemAlert } from '../../../components/status';
import { AGE_GROUPS, type CatalogueTitle } from '../../../lib/api';
import { useFieldError, useSchemaForm } from '../../../lib/forms';
import { useI18n } from '../../../lib/i18n';
import { useThemes } from '../../../lib/queries/use-themes';
import { useCollections, useScopeLocations } from '../../../lib/queries/use-staff-lookups';
import { themeLang, themeName } from '../../../lib/theme-name';
import { useCreateTitle } from '../api/use-catalogue';
import { CopyFields } from './copy-fields';
import { fieldRefusals } from './server-errors';
import { EMPTY_COPY, emptyTitleForm, titleSchema, type LookupKey, type TitleForm } from './title-input';

/**
 * A title that is not in the catalogue yet, with one or more copies, created in one request (POST /api/titles).
 * Checked here first; what the service still refuses (TITLE_EXISTS, BARCODE_TAKEN, field errors) is shown at
 * its field, and focus goes to the first wrong field.
 */
export function TitleFormPanel({
  lookedUp,
  onCreated,
  onShowExisting,
}: {
  lookedUp: LookupKey | null;
  onCreated: (title: CatalogueTitle) => void;
  onShowExisting: (key: LookupKey) => void;
}) {
  const { t, locale } = useI18n();
  const locations = useScopeLocations();
  const collections = useCollections();
  const themes = useThemes();
  const scope = locations.data ?? [];
  const defaultLocation = scope.length === 1 ? String(scope[0]?.id) : '';
  const form = useSchemaForm(titleSchema, { defaultValues: emptyTitleForm(lookedUp, defaultLocation) });
  const copies = useFieldArray({ control: form.control, name: 'copies' });
  const errors = form.formState.errors;
  const errorText = useFieldError();
  const create = useCreateTitle();

  const submit = form.handleSubmit((input) =>
    create.mutate(input, {
      onSuccess: onCreated,
      onError: (error) => {
        const refusals = fieldRefusals(error, form.getValues());
        refusals.forEach((refusal, index) =>
          form.setError(
            refusal.path as FieldPath<TitleForm>,
            { type: 'server', message: refusal.key },
            { shouldFocus: index === 0 },
          ),
        );
      },
    }),
  );

  const refusedAtFields = create.isError && fieldRefusals(create.error, form.getValues()).length > 0;
  const existing = create.isError && errors.isbn?.message === 'staff.catalogue.titleExists';
  const existingRecord = create.isError && errors.recordId?.message === 'staff.catalogue.recordIdExists';

  const text = (
    name: 'title' | 'subtitle' | 'authors' | 'series' | 'publisher' | 'readingLevel' | 'coverUrl',
    options: { required?: boolean; hint?: string; type?: 'text' | 'url'; wide?: boolean } = {},
  ) => (
    <Field
      id={`title-${name}`}
      label={t(`staff.catalogue.field.${name}`)}
      hint={options.hint}
      error={errorText(errors[name])}
      required={options.required}
    >
      {(control) => (
        <input {...control} {...form.register(name)} type={options.type ?? 'text'} autoComplete="off" />
      )}
    </Field>
  );

  return (
    <section className="staff-panel" aria-labelledby="title-new-heading">
      <h2 id="title-new-heading">{t('staff.catalogue.newHeading')}</h2>
      <p className="hint">{t('staff.catalogue.newIntro')}</p>
      <form className="staff-form catalogue-form" onSubmit={submit} noValidate>
        <fieldset className="staff-form__group">
          <legend>{t('staff.catalogue.titleLegend')}</legend>
          <div className="staff-form__grid">
            <Field
              id="title-isbn"
              label={t('staff.catalogue.field.isbn')}
              hint={t('staff.catalogue.isbnHint')}
              error={errorText(errors.isbn)}
            >
              {(control) => (
                <input
                  {...control}
                  {...form.register('isbn')}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                />
              )}
            </Field>
            <Field
              id="title-recordId"
              label={t('staff.catalogue.field.recordId')}
              hint={t('staff.catalogue.recordIdHint')}
              error={errorText(errors.recordId)}
            >
              {(control) => (
                <input {...control} {...form.register('recordId')} type="text" autoComplete="off" />
              )}
            </Field>
          </div>
          {existing || existingRecord ? (
            <p>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => {
                  const values = form.getValues();
                  onShowExisting(
                    existing
                      ? { isbn: values.isbn.replace(/[\s-]/g, '') }
                      : { recordId: values.recordId.trim() },
                  );
                }}
              >
                {t('staff.catalogue.showExisting')}
              </button>
            </p>
          ) : null}
          {text('title', { required: true })}
          {text('subtitle')}
          {text('authors', { required: true, hint: t('staff.catalogue.authorsHint') })}
          <div className="staff-form__grid">
            {text('series')}
            <Field
              id="title-seriesNumber"
              label={t('staff.catalogue.field.seriesNumber')}
              error={errorText(errors.seriesNumber)}
            >
              {(control) => (
                <input {...control} {...form.register('seriesNumber')} type="number" min={1} step={1} />
              )}
            </Field>
            {text('publisher')}
            <Field
              id="title-publicationYear"
              label={t('staff.catalogue.field.publicationYear')}
              error={errorText(errors.publicationYear)}
            >
              {(control) => (
                <input
                  {...control}
                  {...form.register('publicationYear')}
                  type="number"
                  min={1500}
                  max={2100}
                />
              )}
            </Field>
            <Field
              id="title-language"
              label={t('staff.catalogue.field.language')}
              hint={t('staff.catalogue.languageHint')}
              error={errorText(errors.language)}
            >
              {(control) => (
                <input
                  {...control}
                  {...form.register('language')}
                  type="text"
                  autoComplete="off"
                  maxLength={10}
                />
              )}
            </Field>
            {text('readingLevel', { hint: t('staff.catalogue.readingLevelHint') })}
            <Field
              id="title-ageGroup"
              label={t('staff.catalogue.field.ageGroup')}
              error={errorText(errors.ageGroup)}
            >
              {(control) => (
                <select {...control} {...form.register('ageGroup')}>
                  <option value="">{t('staff.catalogue.noAgeGroup')}</option>
                  {AGE_GROUPS.map((group) => (
                    <option key={group} value={group}>
                      {t('ageGroup.years', { group })}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <fieldset className="staff-choice catalogue-themes">
            <legend>{t('staff.catalogue.field.themes')}</legend>
            {themes.isError ? (
              <ProblemAlert error={themes.error} onRetry={() => void themes.refetch()} />
            ) : null}
            <div className="catalogue-themes__list">
              {(themes.data ?? []).map((theme) => (
                <div key={theme.code} className="staff-choice__option">
                  <input
                    type="checkbox"
                    id={`title-theme-${theme.code}`}
                    value={theme.code}
                    {...form.register('themes')}
                  />
                  <label htmlFor={`title-theme-${theme.code}`} lang={themeLang(theme, locale)}>
                    {themeName(theme, locale)}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
          <Field
            id="title-description"
            label={t('staff.catalogue.field.description')}
            error={errorText(errors.description)}
          >
            {(control) => <textarea {...control} {...form.register('description')} rows={4} />}
          </Field>
          {text('coverUrl', { type: 'url', hint: t('staff.catalogue.coverUrlHint') })}
        </fieldset>

        <fieldset className="staff-form__group">
          <legend>{t('staff.catalogue.copiesLegend')}</legend>
          {copies.fields.length === 0 ? <p className="hint">{t('staff.catalogue.noCopiesYet')}</p> : null}
          {copies.fields.map((field, index) => (
            <fieldset key={field.id} className="catalogue-copy">
              <legend>{t('staff.catalogue.copyNumber', { number: index + 1 })}</legend>
              <CopyFields
                idPrefix={`title-copy-${index}`}
                register={(name) => form.register(`copies.${index}.${name}`)}
                errors={errors.copies?.[index]}
                locations={scope}
                collections={collections.data ?? []}
              />
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => copies.remove(index)}
              >
                {t('staff.catalogue.removeCopy', { number: index + 1 })}
              </button>
            </fieldset>
          ))}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              const last = form.getValues(`copies.${copies.fields.length - 1}`);
              copies.append({
                ...EMPTY_COPY,
                locationId: last?.locationId ?? defaultLocation,
                shelfMark: last?.shelfMark ?? '',
                collectionCode: last?.collectionCode ?? '',
              });
            }}
          >
            {t('staff.catalogue.addCopyRow')}
          </button>
        </fieldset>
        {create.isError && !refusedAtFields ? <ProblemAlert error={create.error} /> : null}
        <button type="submit" className="button" disabled={create.isPending}>
          {t('staff.catalogue.create')}
        </button>
      </form>
    </section>
  );
}
