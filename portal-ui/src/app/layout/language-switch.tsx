import { LOCALES, useI18n, type Locale } from '../../lib/i18n';

const LABELS: Record<Locale, { short: string; name: string }> = {
  nl: { short: 'NL', name: 'Nederlands' },
  en: { short: 'EN', name: 'English' },
};

/** NL | EN toggle buttons; the active one is aria-pressed. Each name is in its own language. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <div className="language-switch" role="group" aria-label={t('lang.label')}>
      {LOCALES.map((candidate) => (
        <button
          key={candidate}
          type="button"
          lang={candidate}
          title={LABELS[candidate].name}
          aria-pressed={candidate === locale}
          onClick={() => setLocale(candidate)}
        >
          {LABELS[candidate].short}
        </button>
      ))}
    </div>
  );
}
