import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FormattedNumber } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { nl } from './nl';
import { I18nProvider, LOCALES, translate, useI18n } from './index';

/** The names of the arguments of an ICU message, plural and select branches included. */
function argumentNames(elements: MessageFormatElement[]): string[] {
  return elements.flatMap((element) => {
    if (element.type === TYPE.literal || element.type === TYPE.pound) return [];
    if (element.type === TYPE.tag) return argumentNames(element.children);
    const nested =
      element.type === TYPE.plural || element.type === TYPE.select
        ? Object.values(element.options).flatMap((option) => argumentNames(option.value))
        : [];
    return [element.value, ...nested];
  });
}

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

  it('writes plurals and numbers the way each language does, ids without grouping', () => {
    expect(translate('nl', 'search.count', { count: 1 })).toBe('1 boek gevonden');
    expect(translate('nl', 'search.count', { count: 1200 })).toBe('1.200 boeken gevonden');
    expect(translate('en', 'search.count', { count: 1 })).toBe('1 book found');
    expect(translate('en', 'search.count', { count: 1200 })).toBe('1,200 books found');
    expect(translate('nl', 'login.retryAfter', { seconds: 1 })).toBe(
      'Je kunt het over 1 seconde opnieuw proberen.',
    );
    expect(translate('en', 'login.retryAfter', { seconds: 30 })).toBe('You can try again in 30 seconds.');
    expect(translate('nl', 'staff.passes.number', { id: 12345 })).toBe('lenernummer 12345');
  });

  it('gives react-intl the UI language, for its own components', async () => {
    const user = userEvent.setup();
    render(
      <I18nProvider initialLocale="nl">
        <Probe />
        <p data-testid="number">
          <FormattedNumber value={1234.5} />
        </p>
      </I18nProvider>,
    );
    expect(screen.getByTestId('number')).toHaveTextContent('1.234,5');
    await user.click(screen.getByRole('button', { name: 'EN' }));
    expect(screen.getByTestId('number')).toHaveTextContent('1,234.5');
  });

  it('has every key in both languages, none empty, valid ICU with the same arguments', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect(nl[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      const names = (message: string) => [...new Set(argumentNames(parse(message)))].sort();
      expect(names(en[key]), key).toEqual(names(nl[key]));
    }
  });
});
