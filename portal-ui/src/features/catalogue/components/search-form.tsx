import { useId, useState, type FormEvent } from 'react';
import { AGE_GROUPS } from '../../../lib/api';
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
  /** Called when the search button is pressed or a filter changes. */
  onChange: (criteria: SearchCriteria) => void;
}

export function SearchForm({ criteria, onChange }: SearchFormProps) {
  const { t, locale } = useI18n();
  const themes = useThemes();
  const [draft, setDraft] = useState(criteria.q);
  const id = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ ...criteria, q: draft.trim() });
  };

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
            name="q"
            type="search"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
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
        <div className="field">
          <label htmlFor={`${id}-theme`}>{t('search.theme')}</label>
          <select
            id={`${id}-theme`}
            name="thema"
            value={criteria.theme}
            onChange={(event) => onChange({ ...criteria, q: draft.trim(), theme: event.target.value })}
          >
            <option value="">{t('search.anyTheme')}</option>
            {sortedThemes.map((theme) => (
              <option key={theme.code} value={theme.code}>
                {themeName(theme, locale)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-age`}>{t('search.ageGroup')}</label>
          <select
            id={`${id}-age`}
            name="leeftijd"
            value={criteria.ageGroup}
            onChange={(event) => onChange({ ...criteria, q: draft.trim(), ageGroup: event.target.value })}
          >
            <option value="">{t('search.anyAge')}</option>
            {AGE_GROUPS.map((group) => (
              <option key={group} value={group}>
                {t('ageGroup.years', { group })}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--checkbox">
          <input
            id={`${id}-available`}
            name="beschikbaar"
            type="checkbox"
            checked={criteria.availableNow}
            onChange={(event) =>
              onChange({ ...criteria, q: draft.trim(), availableNow: event.target.checked })
            }
          />
          <label htmlFor={`${id}-available`}>{t('search.availableNow')}</label>
        </div>
      </fieldset>
    </form>
  );
}
