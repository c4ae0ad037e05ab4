import { useSession } from '../../lib/auth-store';
import { LOCALES, useI18n, type Locale } from '../../lib/i18n';
import { useSaveMyLanguage } from '../../lib/queries/use-my-language';

const LABELS: Record<Locale, { short: string; name: string }> = {
  nl: { short: 'NL', name: 'Nederlands' },
  en: { short: 'EN', name: 'English' },
};

/**
 * NL | EN toggle buttons; the active one is aria-pressed. Each name is in its own language. A logged-in student's
 * choice is saved too (PUT /api/me/language): it is the language of the e-mails to the parents. The page changes
 * language at once either way; a failed save changes nothing on screen (Mijn gegevens shows the saved language).
 */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  const isStudent = useSession()?.user.role === 'STUDENT';
  const saveLanguage = useSaveMyLanguage();
  const choose = (candidate: Locale) => {
    setLocale(candidate);
    if (isStudent) saveLanguage.mutate(candidate);
  };
  return (
    <div className="language-switch" role="group" aria-label={t('lang.label')}>
      {LOCALES.map((candidate) => (
        <button
          key={candidate}
          type="button"
          lang={candidate}
          title={LABELS[candidate].name}
          aria-pressed={candidate === locale}
          onClick={() => choose(candidate)}
        >
          {LABELS[candidate].short}
        </button>
      ))}
    </div>
  );
}
