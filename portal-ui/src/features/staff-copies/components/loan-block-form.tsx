import { useMemo, useRef, useState } from 'react';
import { z } from 'zod';
import { Field } from '../../../components/field';
import { ProblemAlert } from '../../../components/status';
import type { CopyDetail } from '../../../lib/api';
import { reasonSchema, untilSchema, useFieldError, useFocusWhen, useSchemaForm } from '../../../lib/forms';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { todayIso } from '../../../lib/staff';
import { useClearLoanBlock, useSetLoanBlock } from '../api/use-copy';
import { SetBy, UntilText } from './block-status';

const MAX_REASON = 300;

/** The loan block (uitleenblokkade): optional end date and reason; set, change or lift. */
export function LoanBlockForm({ copy }: { copy: CopyDetail }) {
  const { t } = useI18n();
  const block = copy.loanBlock;
  const set = useSetLoanBlock(copy.barcode);
  const clear = useClearLoanBlock(copy.barcode);
  const today = todayIso();
  const [done, setDone] = useState<MessageKey | null>(null);
  const savedRef = useRef<HTMLParagraphElement>(null);
  useFocusWhen(set.isSuccess, set.submittedAt, savedRef);
  useFocusWhen(clear.isSuccess, clear.submittedAt, savedRef);
  const schema = useMemo(
    () =>
      z.object({
        until: untilSchema(today),
        reason: reasonSchema(MAX_REASON, 'staff.loanBlock.reasonTooLong'),
      }),
    [today],
  );
  const form = useSchemaForm(schema, {
    defaultValues: {
      until: block.blocked ? (block.until ?? '') : '',
      reason: block.blocked ? (block.reason ?? '') : '',
    },
  });
  const errors = form.formState.errors;
  const errorText = useFieldError();

  const submit = form.handleSubmit(({ until, reason }) => {
    clear.reset();
    set.mutate(
      { ...(until ? { until } : {}), ...(reason ? { reason } : {}) },
      { onSuccess: () => setDone('staff.loanBlock.saved') },
    );
  });

  const lift = () => {
    set.reset();
    clear.mutate(undefined, {
      onSuccess: () => {
        form.reset({ until: '', reason: '' });
        setDone('staff.loanBlock.lifted');
      },
    });
  };

  const failure = set.error ?? clear.error;
  return (
    <section className="staff-panel" aria-labelledby="loan-block-heading">
      <h2 id="loan-block-heading">{t('staff.loanBlock.heading')}</h2>
      <p className="staff-panel__now" data-testid="loan-block-now">
        {t('staff.block.now')}{' '}
        {block.blocked ? (
          <>
            <strong>{t('staff.loanBlock.blocked')}</strong>
            <UntilText date={block.until} />
            {block.reason ? ` — ${t('staff.change.reason', { reason: block.reason })}` : ''}
            {!block.active ? ` (${t('staff.block.expired')})` : ''}
          </>
        ) : (
          <strong>{t('staff.loanBlock.none')}</strong>
        )}{' '}
        <SetBy by={block.blocked ? block.setBy : null} at={block.setAt} />
      </p>
      <form onSubmit={submit} noValidate>
        <Field id="loan-block-until" label={t('staff.block.until')} error={errorText(errors.until)}>
          {(control) => <input {...control} {...form.register('until')} type="date" min={today} />}
        </Field>
        <Field id="loan-block-reason" label={t('staff.loanBlock.reason')} error={errorText(errors.reason)}>
          {(control) => (
            <input {...control} {...form.register('reason')} type="text" maxLength={MAX_REASON + 20} />
          )}
        </Field>
        {failure ? <ProblemAlert error={failure} /> : null}
        <div className="staff-panel__actions">
          <button type="submit" className="button" disabled={set.isPending || clear.isPending}>
            {block.blocked ? t('staff.loanBlock.update') : t('staff.loanBlock.set')}
          </button>
          {block.blocked ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={lift}
              disabled={set.isPending || clear.isPending}
            >
              {t('staff.loanBlock.lift')}
            </button>
          ) : null}
        </div>
        <p ref={savedRef} className="staff-panel__saved" role="status" tabIndex={-1}>
          {done && (set.isSuccess || clear.isSuccess) ? t(done) : ''}
        </p>
      </form>
    </section>
  );
}
