import { useId } from 'react';
import { z } from 'zod';
import { Field } from '../../../components/field';
import { AGE_GROUPS } from '../../../lib/api';
import { useSchemaForm } from '../../../lib/forms';
import { useI18n } from '../../../lib/i18n';
import { useThemes } from '../../../lib/queries/use-themes';
import { themeName } from '../../../lib/theme-name';

export interface SearchCriteria {
  q: string;
  theme: string;
  ageGroup: string;
  availableNow: boolean;
}

interface SearchFormProps {
  criteria: SearchCriteria;
  /** Called when a filter changes. */
  onChange: (criteria: SearchCriteria) => void;
  /** Called when the search button is pressed (or Enter in the search field). */
  onSearch: (criteria: SearchCriteria) => void;
}

const searchSchema = z.object({ q: z.string().trim() });

export function SearchForm({ criteria, onChange, onSearch }: SearchFormProps) {
  const { t, locale } = useI18n();
  const themes = useThemes();
  const form = useSchemaForm(searchSchema, { defaultValues: { q: criteria.q } });
  const id = useId();
  const draft = () => form.getValues('q').trim();

  const submit = form.handleSubmit(({ q }) => onSearch({ ...criteria, q }));

  const sortedThemes = [...(themes.data ?? [])].sort((a, b) =>
    themeName(a, locale).localeCompare(themeName(b, locale), locale),
  );

  return (
    <form className="search-form" role="search" onSubmit={submit}>
      <div className="search-form__query">
        <label htmlFor={`${id}-q`}>{t('search.label')}</label>
        <div className="search-form__row">
          <input
            id={`${id}-q`}
            {...form.register('q')}
            type="search"
            placeholder={t('search.placeholder')}
            autoComplete="off"
            enterKeyHint="search"
          />
          <button type="submit" className="button">
            {t('search.submit')}
          </button>
        </div>
      </div>
      <fieldset className="search-form__filters">
        <legend>{t('search.filters')}</legend>
        <Field id={`${id}-theme`} label={t('search.theme')}>
          {(control) => (
            <select
              {...control}
              name="thema"
              value={criteria.theme}
              onChange={(event) => onChange({ ...criteria, q: draft(), theme: event.target.value })}
            >
              <option value="">{t('search.anyTheme')}</option>
              {sortedThemes.map((theme) => (
                <option key={theme.code} value={theme.code}>
                  {themeName(theme, locale)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={`${id}-age`} label={t('search.ageGroup')}>
          {(control) => (
            <select
              {...control}
              name="leeftijd"
              value={criteria.ageGroup}
              onChange={(event) => onChange({ ...criteria, q: draft(), ageGroup: event.target.value })}
            >
              <option value="">{t('search.anyAge')}</option>
              {AGE_GROUPS.map((group) => (
                <option key={group} value={group}>
                  {t('ageGroup.years', { group })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={`${id}-available`} label={t('search.availableNow')} kind="checkbox">
          {(control) => (
            <input
              {...control}
              name="beschikbaar"
              type="checkbox"
              checked={criteria.availableNow}
              onChange={(event) => onChange({ ...criteria, q: draft(), availableNow: event.target.checked })}
            />
          )}
        </Field>
      </fieldset>
    </form>
  );
}
