import { useState, type FormEvent } from 'react';
import type { CopyDetail, ReservationBlockLevel } from '../../../lib/api';
import { ProblemAlert } from '../../../components/status';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { BLOCK_LEVELS, blockLevelText, todayIso } from '../../../lib/staff';
import { useSetReservationBlock } from '../api/use-copy';
import { SetBy, UntilText } from './block-status';

const HINTS: Record<ReservationBlockLevel, MessageKey> = {
  NONE: 'staff.block.noneHint',
  OWN_PATRONS_ONLY: 'staff.block.ownPatronsOnlyHint',
  NOT_RESERVABLE: 'staff.block.notReservableHint',
};

/**
 * The reservation block ("Res. blok.") as a choice between the staff codes 0, 7 and 8, with an optional
 * end date after which it lifts itself.
 */
export function ReservationBlockForm({ copy }: { copy: CopyDetail }) {
  const { t, locale } = useI18n();
  const block = copy.reservationBlock;
  const [level, setLevel] = useState<ReservationBlockLevel>(block.active ? block.level : 'NONE');
  const [until, setUntil] = useState(block.active ? (block.until ?? '') : '');
  const [error, setError] = useState<MessageKey | null>(null);
  const save = useSetReservationBlock(copy.barcode);
  const today = todayIso();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem: MessageKey | null = until && until < today ? 'staff.block.untilPast' : null;
    setError(problem);
    if (problem) return;
    save.mutate(level === 'NONE' || !until ? { level } : { level, until });
  };

  return (
    <section className="staff-panel" aria-labelledby="res-block-heading">
      <h2 id="res-block-heading">{t('staff.block.heading')}</h2>
      <p className="staff-panel__now" data-testid="reservation-block-now">
        {t('staff.block.now')} <strong>{blockLevelText(block.level, locale)}</strong>
        {block.level !== 'NONE' ? <UntilText date={block.until} /> : null}
        {block.level !== 'NONE' && !block.active ? ` (${t('staff.block.expired')})` : ''}{' '}
        <SetBy by={block.setBy} at={block.setAt} />
      </p>
      <form onSubmit={submit} noValidate>
        <fieldset className="staff-choice">
          <legend>{t('staff.block.choose')}</legend>
          {BLOCK_LEVELS.map((option) => (
            <div key={option} className="staff-choice__option">
              <input
                type="radio"
                id={`res-block-${option}`}
                name="reservation-block"
                value={option}
                checked={level === option}
                onChange={() => setLevel(option)}
                aria-describedby={`res-block-${option}-hint`}
              />
              <label htmlFor={`res-block-${option}`}>{blockLevelText(option, locale)}</label>
              <p id={`res-block-${option}-hint`} className="staff-choice__hint">
                {t(HINTS[option])}
              </p>
            </div>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="res-block-until">{t('staff.block.until')}</label>
          <p id="res-block-until-hint" className="hint field__hint">
            {t('staff.block.untilHint')}
          </p>
          <input
            id="res-block-until"
            type="date"
            min={today}
            value={level === 'NONE' ? '' : until}
            disabled={level === 'NONE'}
            onChange={(event) => setUntil(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'res-block-until-hint res-block-until-error' : 'res-block-until-hint'}
          />
          {error ? (
            <p id="res-block-until-error" className="field__error" role="alert">
              {t(error)}
            </p>
          ) : null}
        </div>
        {save.isError ? <ProblemAlert error={save.error} /> : null}
        <button type="submit" className="button" disabled={save.isPending}>
          {t('staff.block.saveRes')}
        </button>
        <p className="staff-panel__saved" role="status">
          {save.isSuccess ? t('staff.block.saved') : ''}
        </p>
      </form>
    </section>
  );
}
