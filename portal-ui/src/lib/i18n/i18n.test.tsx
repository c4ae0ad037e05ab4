import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { en } from './messages-en';
import { nl } from './messages-nl';
import { I18nProvider, LOCALES, translate, useI18n } from './index';

function Probe() {
  const { t, locale, setLocale } = useI18n();
  return (
    <div>
      <p>{t('nav.search')}</p>
      {LOCALES.map((l) => (
        <button key={l} type="button" aria-pressed={l === locale} onClick={() => setLocale(l)}>
          {l.toUpperCase()}
        </button>
      ))}
    </div>
  );
}

describe('i18n', () => {
  it('is Dutch by default and sets <html lang>', () => {
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByText('Zoeken')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('nl');
  });

  it('switches to English, updates <html lang> and remembers the choice', async () => {
    const user = userEvent.setup();
    const { unmount } = render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );

    await user.click(screen.getByRole('button', { name: 'EN' }));

    expect(screen.getByText('Search')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'EN' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('bieb.locale')).toBe('en');

    unmount();
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByText('Search')).toBeInTheDocument();
  });

  it('ignores a garbage stored locale', () => {
    localStorage.setItem('bieb.locale', 'xx');
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByText('Zoeken')).toBeInTheDocument();
  });

  it('fills in placeholders', () => {
    expect(translate('nl', 'availability.summary', { onShelf: 3, total: 5 })).toBe('3 van 5 in de kast');
    expect(translate('en', 'availability.summary', { onShelf: 3, total: 5 })).toBe('3 of 5 on the shelf');
  });

  it('has every key in both languages, none empty, with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect(nl[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
    }
  });
});
