import { useId } from 'react';
import type { OpeningHours } from '../../../lib/api';
import { useI18n, type MessageKey } from '../../../lib/i18n';

/** One weekday in the editor: open or closed, and its hours ("HH:mm"). */
export interface DayRow {
  weekday: number;
  open: boolean;
  opens: string;
  closes: string;
}

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

const DAY_KEYS: Record<number, MessageKey> = {
  1: 'admin.hours.day1',
  2: 'admin.hours.day2',
  3: 'admin.hours.day3',
  4: 'admin.hours.day4',
  5: 'admin.hours.day5',
  6: 'admin.hours.day6',
  7: 'admin.hours.day7',
};

export function weekdayKey(weekday: number): MessageKey {
  return DAY_KEYS[weekday] ?? 'admin.hours.day1';
}

/** The week as rows: the location's hours where it has them, closed elsewhere (school hours as a start). */
export function weekRows(hours: readonly OpeningHours[] = []): DayRow[] {
  return WEEKDAYS.map((weekday) => {
    const day = hours.find((h) => h.weekday === weekday);
    return day
      ? { weekday, open: true, opens: day.opens.slice(0, 5), closes: day.closes.slice(0, 5) }
      : { weekday, open: false, opens: '08:30', closes: '15:00' };
  });
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** What is wrong with each open day (keyed by weekday); empty when the week can be saved. */
export function hoursProblems(rows: readonly DayRow[]): Record<number, MessageKey> {
  const problems: Record<number, MessageKey> = {};
  for (const row of rows) {
    if (!row.open) continue;
    if (!TIME.test(row.opens) || !TIME.test(row.closes)) problems[row.weekday] = 'admin.hours.timeInvalid';
    else if (row.opens >= row.closes) problems[row.weekday] = 'admin.hours.closesBeforeOpens';
  }
  return problems;
}

/** The open days as the contract sends them: [{weekday, opens, closes}]. */
export function toOpeningHours(rows: readonly DayRow[]): OpeningHours[] {
  return rows.filter((row) => row.open).map(({ weekday, opens, closes }) => ({ weekday, opens, closes }));
}

/**
 * The week's opening hours: per weekday a checkbox "open" and, when open, from–to. A week without open days
 * means "no opening days registered" (the pickup calendar then counts every day as open).
 */
export function OpeningHoursFields({
  rows,
  onChange,
  problems,
  legend,
}: {
  rows: DayRow[];
  onChange: (rows: DayRow[]) => void;
  problems: Record<number, MessageKey>;
  legend?: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const set = (weekday: number, change: Partial<DayRow>) =>
    onChange(rows.map((row) => (row.weekday === weekday ? { ...row, ...change } : row)));
  return (
    <fieldset className="opening-hours">
      <legend>{legend ?? t('admin.hours.legend')}</legend>
      <p className="hint">{t('admin.hours.hint')}</p>
      {rows.map((row) => {
        const day = t(weekdayKey(row.weekday));
        const problem = problems[row.weekday];
        const errorId = `${id}-${row.weekday}-error`;
        return (
          <div key={row.weekday} className="opening-hours__day" role="group" aria-label={day}>
            <span className="field--checkbox opening-hours__open">
              <input
                id={`${id}-${row.weekday}-open`}
                type="checkbox"
                checked={row.open}
                onChange={(event) => set(row.weekday, { open: event.target.checked })}
              />
              <label htmlFor={`${id}-${row.weekday}-open`}>{day}</label>
            </span>
            {row.open ? (
              <>
                <label htmlFor={`${id}-${row.weekday}-opens`} className="visually-hidden">
                  {t('admin.hours.opensOn', { day })}
                </label>
                <input
                  id={`${id}-${row.weekday}-opens`}
                  type="time"
                  value={row.opens}
                  aria-invalid={problem ? true : undefined}
                  aria-describedby={problem ? errorId : undefined}
                  onChange={(event) => set(row.weekday, { opens: event.target.value })}
                />
                <span aria-hidden="true">–</span>
                <label htmlFor={`${id}-${row.weekday}-closes`} className="visually-hidden">
                  {t('admin.hours.closesOn', { day })}
                </label>
                <input
                  id={`${id}-${row.weekday}-closes`}
                  type="time"
                  value={row.closes}
                  aria-invalid={problem ? true : undefined}
                  aria-describedby={problem ? errorId : undefined}
                  onChange={(event) => set(row.weekday, { closes: event.target.value })}
                />
              </>
            ) : (
              <span className="hint">{t('admin.hours.closed')}</span>
            )}
            {problem ? (
              <p id={errorId} className="field__error">
                {t(problem)}
              </p>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}

/** "ma 08:30–15:00, di …" or "no opening days registered". */
export function hoursSummary(hours: readonly OpeningHours[], t: (key: MessageKey) => string): string {
  if (hours.length === 0) return t('admin.hours.none');
  return [...hours]
    .sort((a, b) => a.weekday - b.weekday)
    .map((h) => `${t(weekdayKey(h.weekday))} ${h.opens.slice(0, 5)}–${h.closes.slice(0, 5)}`)
    .join(', ');
}
