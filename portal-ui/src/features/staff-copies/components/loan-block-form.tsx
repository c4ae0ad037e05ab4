import { useState, type FormEvent } from 'react';
import { ProblemAlert } from '../../../components/status';
import type { CopyDetail } from '../../../lib/api';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { todayIso } from '../../../lib/staff';
import { useClearLoanBlock, useSetLoanBlock } from '../api/use-copy';
import { SetBy, UntilText } from './block-status';

const MAX_REASON = 300;

/** The loan block (uitleenblokkade): optional end date and reason; set, change or lift. */
export function LoanBlockForm({ copy }: { copy: CopyDetail }) {
  const { t } = useI18n();
  const block = copy.loanBlock;
  const [until, setUntil] = useState(block.blocked ? (block.until ?? '') : '');
  const [reason, setReason] = useState(block.blocked ? (block.reason ?? '') : '');
  const [error, setError] = useState<{ field: 'until' | 'reason'; key: MessageKey } | null>(null);
  const set = useSetLoanBlock(copy.barcode);
  const clear = useClearLoanBlock(copy.barcode);
  const today = todayIso();
  const [done, setDone] = useState<MessageKey | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = reason.trim();
    const problem =
      until && until < today
        ? ({ field: 'until', key: 'staff.block.untilPast' } as const)
        : trimmed.length > MAX_REASON
          ? ({ field: 'reason', key: 'staff.loanBlock.reasonTooLong' } as const)
          : null;
    setError(problem);
    if (problem) return;
    clear.reset();
    set.mutate(
      { ...(until ? { until } : {}), ...(trimmed ? { reason: trimmed } : {}) },
      { onSuccess: () => setDone('staff.loanBlock.saved') },
    );
  };

  const lift = () => {
    set.reset();
    clear.mutate(undefined, {
      onSuccess: () => {
        setUntil('');
        setReason('');
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
        <div className="field">
          <label htmlFor="loan-block-until">{t('staff.block.until')}</label>
          <input
            id="loan-block-until"
            type="date"
            min={today}
            value={until}
            onChange={(event) => setUntil(event.target.value)}
            aria-invalid={error?.field === 'until' ? true : undefined}
            aria-describedby={error?.field === 'until' ? 'loan-block-until-error' : undefined}
          />
          {error?.field === 'until' ? (
            <p id="loan-block-until-error" className="field__error" role="alert">
              {t(error.key)}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="loan-block-reason">{t('staff.loanBlock.reason')}</label>
          <input
            id="loan-block-reason"
            type="text"
            maxLength={MAX_REASON + 20}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            aria-invalid={error?.field === 'reason' ? true : undefined}
            aria-describedby={error?.field === 'reason' ? 'loan-block-reason-error' : undefined}
          />
          {error?.field === 'reason' ? (
            <p id="loan-block-reason-error" className="field__error" role="alert">
              {t(error.key)}
            </p>
          ) : null}
        </div>
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
        <p className="staff-panel__saved" role="status">
          {done && (set.isSuccess || clear.isSuccess) ? t(done) : ''}
        </p>
      </form>
    </section>
  );
}
