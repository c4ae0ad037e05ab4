import { useMemo, useRef } from 'react';
import { z } from 'zod';
import { Field } from '../../../components/field';
import { ProblemAlert } from '../../../components/status';
import type { CopyDetail, ReservationBlockLevel } from '../../../lib/api';
import { untilSchema, useFieldError, useFocusWhen, useSchemaForm } from '../../../lib/forms';
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
  const save = useSetReservationBlock(copy.barcode);
  const today = todayIso();
  const schema = useMemo(() => z.object({ level: z.enum(BLOCK_LEVELS), until: untilSchema(today) }), [today]);
  const form = useSchemaForm(schema, {
    defaultValues: {
      level: block.active ? block.level : 'NONE',
      until: block.active ? (block.until ?? '') : '',
    },
  });
  const errorText = useFieldError();
  const savedRef = useRef<HTMLParagraphElement>(null);
  useFocusWhen(save.isSuccess, save.submittedAt, savedRef);
  const level = form.watch('level');

  const submit = form.handleSubmit(({ level, until }) =>
    save.mutate(level === 'NONE' || !until ? { level } : { level, until }),
  );

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
                value={option}
                {...form.register('level')}
                aria-describedby={`res-block-${option}-hint`}
              />
              <label htmlFor={`res-block-${option}`}>{blockLevelText(option, locale)}</label>
              <p id={`res-block-${option}-hint`} className="staff-choice__hint">
                {t(HINTS[option])}
              </p>
            </div>
          ))}
        </fieldset>
        <Field
          id="res-block-until"
          label={t('staff.block.until')}
          hint={t('staff.block.untilHint')}
          error={errorText(form.formState.errors.until)}
        >
          {(control) => (
            <input
              {...control}
              {...form.register('until')}
              type="date"
              min={today}
              disabled={level === 'NONE'}
            />
          )}
        </Field>
        {save.isError ? <ProblemAlert error={save.error} /> : null}
        <button type="submit" className="button" disabled={save.isPending}>
          {t('staff.block.saveRes')}
        </button>
        <p ref={savedRef} className="staff-panel__saved" role="status" tabIndex={-1}>
          {save.isSuccess ? t('staff.block.saved') : ''}
        </p>
      </form>
    </section>
  );
}
