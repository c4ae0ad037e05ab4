import { useEffect, useMemo, useRef, useState } from 'react';
import { ConfirmActions, Dialog } from '../../../components/dialog';
import { Field } from '../../../components/field';
import { Loading, ProblemAlert } from '../../../components/status';
import { TableShell } from '../../../components/table-shell';
import type { DryRunResult, SeriesMutation, SeriesMutationRequest } from '../../../lib/api';
import { useFieldError, useFocusWhen, useSchemaForm } from '../../../lib/forms';
import { useI18n } from '../../../lib/i18n';
import { useAllLocations, useCollections } from '../../../lib/queries/use-staff-lookups';
import { BLOCK_LEVELS, blockLevelText, todayIso } from '../../../lib/staff';
import { describeBlockValue } from '../../../lib/staff-changes';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useApplyMutation, useDryRun } from '../api/use-series-mutations';
import { MutationList } from './mutation-list';
import { buildSeriesRequest, EMPTY_FORM, parseBarcodes, seriesSchema } from './series-request';

/**
 * /balie/seriemutaties — set or clear the reservation block and/or loan block on a whole selection of
 * copies at once: build the selection, dry-run it (count + sample), apply with a confirmation that states
 * the count, and see (and undo) past mutations.
 */
export function SeriesMutationsPage() {
  const { t, locale } = useI18n();
  useDocumentTitle(t('staff.series.title'));
  const [tested, setTested] = useState<{ request: SeriesMutationRequest; result: DryRunResult } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [applied, setApplied] = useState<SeriesMutation | null>(null);
  const dryRun = useDryRun();
  const apply = useApplyMutation();
  const collections = useCollections();
  const locations = useAllLocations();
  const resultRef = useRef<HTMLHeadingElement>(null);
  const appliedRef = useRef<HTMLParagraphElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  // After a dry run, focus goes to its result heading.
  useFocusWhen(tested != null, dryRun.submittedAt, resultRef);
  const today = todayIso();
  const form = useSchemaForm(
    useMemo(() => seriesSchema(today), [today]),
    { defaultValues: EMPTY_FORM },
  );
  const errors = form.formState.errors;
  const errorText = useFieldError();
  const values = form.watch();

  // Typing in the form hides the last "applied" notice.
  useEffect(() => {
    const subscription = form.watch((_values, { type }) => {
      if (type === 'change') setApplied(null);
    });
    return () => subscription.unsubscribe();
  }, [form]);

  const built = buildSeriesRequest(values, today);
  // The dry run only counts for exactly the request it ran: change the form and it must run again.
  const current =
    tested && built.request && JSON.stringify(built.request) === JSON.stringify(tested.request)
      ? tested
      : null;

  const submit = form.handleSubmit((request) =>
    dryRun.mutate(request, {
      onSuccess: (result) => setTested({ request, result }),
    }),
  );

  // Applied: the form starts over (no selection left to apply twice); focus goes to the outcome when the
  // dialog closes (its opener, the apply button, is gone by then).
  const confirmApply = () => {
    if (!current) return;
    apply.mutate(current.request, {
      onSuccess: (mutation) => {
        setApplied(mutation);
        setTested(null);
        setConfirming(false);
        form.reset(EMPTY_FORM);
      },
    });
  };

  const closeConfirm = () => {
    setConfirming(false);
    apply.reset();
  };

  const barcodeCount = parseBarcodes(values.barcodes).length;
  const groupError = (error: { message?: string } | undefined) =>
    error?.message ? <p className="field__error">{errorText(error)}</p> : null;
  const changeText = current ? describeBlockValue(current.request.change, locale) : '';

  return (
    <div className="page staff-series">
      <h1>{t('staff.series.title')}</h1>
      <p className="lead">{t('staff.series.intro')}</p>

      <form className="form staff-form" onSubmit={submit} noValidate>
        <fieldset className="staff-form__group">
          <legend>{t('staff.series.selectionLegend')}</legend>
          <p className="hint">{t('staff.series.selectionHint')}</p>
          <div className="staff-form__grid">
            <Field id="series-collection" label={t('staff.series.collection')}>
              {(control) => (
                <select {...control} {...form.register('collectionCode')}>
                  <option value="">{t('staff.series.anyCollection')}</option>
                  {(collections.data ?? []).map((c) => (
                    <option key={c.id} value={c.code}>
                      {c.code} — {c.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id="series-location" label={t('staff.series.location')}>
              {(control) => (
                <select {...control} {...form.register('locationId')}>
                  <option value="">{t('staff.series.anyLocation')}</option>
                  {(locations.data ?? []).map((l) => (
                    <option key={l.id} value={String(l.id)}>
                      {l.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field
              id="series-prefix"
              label={t('staff.series.prefix')}
              error={errorText(errors.shelfMarkPrefix)}
            >
              {(control) => (
                <input
                  {...control}
                  {...form.register('shelfMarkPrefix')}
                  type="text"
                  autoComplete="off"
                  placeholder={t('staff.series.prefixExample')}
                />
              )}
            </Field>
          </div>
          <Field
            id="series-barcodes"
            label={t('staff.series.barcodes')}
            hint={
              t('staff.series.barcodesHint') +
              (barcodeCount > 0 ? ` ${t('staff.series.barcodesCount', { count: barcodeCount })}` : '')
            }
            error={errorText(errors.barcodes)}
          >
            {(control) => (
              <textarea {...control} {...form.register('barcodes')} rows={3} spellCheck={false} />
            )}
          </Field>
          {groupError(errors.root?.selection)}
        </fieldset>

        <fieldset className="staff-form__group">
          <legend>{t('staff.series.changeLegend')}</legend>
          <div className="staff-form__columns">
            <fieldset className="staff-choice">
              <legend>{t('staff.block.heading')}</legend>
              {(['KEEP', ...BLOCK_LEVELS] as const).map((option) => (
                <div key={option} className="staff-choice__option">
                  <input
                    type="radio"
                    id={`series-res-${option}`}
                    value={option}
                    {...form.register('reservationBlock')}
                  />
                  <label htmlFor={`series-res-${option}`}>
                    {option === 'KEEP' ? t('staff.series.keep') : blockLevelText(option, locale)}
                  </label>
                </div>
              ))}
              <Field id="series-res-until" label={t('staff.block.until')}>
                {(control) => (
                  <input
                    {...control}
                    {...form.register('reservationUntil')}
                    type="date"
                    min={today}
                    disabled={values.reservationBlock === 'KEEP' || values.reservationBlock === 'NONE'}
                  />
                )}
              </Field>
              <Field
                id="series-default"
                kind="checkbox"
                label={t('staff.series.alsoDefault', { code: values.collectionCode || '…' })}
              >
                {(control) => (
                  <input
                    {...control}
                    {...form.register('setCollectionDefault')}
                    type="checkbox"
                    disabled={!values.collectionCode || values.reservationBlock === 'KEEP'}
                  />
                )}
              </Field>
            </fieldset>
            <fieldset className="staff-choice">
              <legend>{t('staff.loanBlock.heading')}</legend>
              {(['KEEP', 'SET', 'CLEAR'] as const).map((option) => (
                <div key={option} className="staff-choice__option">
                  <input
                    type="radio"
                    id={`series-loan-${option}`}
                    value={option}
                    {...form.register('loanBlock')}
                  />
                  <label htmlFor={`series-loan-${option}`}>
                    {option === 'KEEP'
                      ? t('staff.series.keep')
                      : option === 'SET'
                        ? t('staff.series.loanSet')
                        : t('staff.series.loanClear')}
                  </label>
                </div>
              ))}
              <Field id="series-loan-until" label={t('staff.block.until')}>
                {(control) => (
                  <input
                    {...control}
                    {...form.register('loanUntil')}
                    type="date"
                    min={today}
                    disabled={values.loanBlock !== 'SET'}
                  />
                )}
              </Field>
              <Field
                id="series-loan-reason"
                label={t('staff.loanBlock.reason')}
                error={errorText(errors.loanReason)}
              >
                {(control) => (
                  <input
                    {...control}
                    {...form.register('loanReason')}
                    type="text"
                    disabled={values.loanBlock !== 'SET'}
                  />
                )}
              </Field>
            </fieldset>
          </div>
          {groupError(errors.root?.until)}
          {groupError(errors.root?.change)}
        </fieldset>
        {Object.keys(errors).length > 0 ? (
          <p className="visually-hidden" role="alert">
            {[
              errors.shelfMarkPrefix,
              errors.barcodes,
              errors.loanReason,
              errors.root?.selection,
              errors.root?.until,
              errors.root?.change,
            ]
              .map(errorText)
              .filter(Boolean)
              .join(' ')}
          </p>
        ) : null}
        {dryRun.isError ? <ProblemAlert error={dryRun.error} /> : null}
        <button type="submit" className="button" disabled={dryRun.isPending}>
          {t('staff.series.dryRun')}
        </button>
      </form>

      <p
        ref={appliedRef}
        className="staff-queue__notice"
        role="status"
        tabIndex={-1}
        data-testid="series-applied"
      >
        {applied
          ? t('staff.series.applied', { count: applied.changed, id: applied.id }) +
            (applied.outOfScope > 0 ? ` ${t('staff.series.outOfScope', { count: applied.outOfScope })}` : '')
          : ''}
      </p>

      {current ? (
        <section className="staff-panel staff-series__result" aria-labelledby="series-result-heading">
          <h2 id="series-result-heading" ref={resultRef} tabIndex={-1}>
            {t('staff.series.resultHeading')}
          </h2>
          <p className="staff-series__count" data-testid="dry-run-count">
            {t('staff.series.matched', { count: current.result.matched })}
          </p>
          {current.result.outOfScope > 0 ? (
            <p>{t('staff.series.outOfScope', { count: current.result.outOfScope })}</p>
          ) : null}
          <p>
            {t('staff.series.willChange')} <strong>{changeText}</strong>
          </p>
          {current.result.sample.length > 0 ? (
            <TableShell
              id="series-sample"
              caption={t('staff.series.sampleCaption', { count: current.result.sample.length })}
              testId="dry-run-sample"
              headers={[
                t('staff.holdShelf.barcode'),
                t('staff.holdShelf.book'),
                t('staff.series.sampleLocation'),
                t('staff.holdShelf.shelfMark'),
                t('staff.series.sampleResBlock'),
                t('staff.series.sampleLoanBlock'),
              ]}
            >
              {current.result.sample.map((copy) => (
                <tr key={copy.barcode}>
                  <td className="table__mono">{copy.barcode}</td>
                  <td>{copy.title}</td>
                  <td>{copy.location}</td>
                  <td>
                    <span className="shelf-mark">{copy.shelfMark}</span>
                  </td>
                  <td>{blockLevelText(copy.reservationBlock, locale)}</td>
                  <td>{copy.loanBlocked ? t('common.yes') : t('common.no')}</td>
                </tr>
              ))}
            </TableShell>
          ) : null}
          <button
            type="button"
            className="button"
            disabled={current.result.matched === 0}
            onClick={() => setConfirming(true)}
          >
            {t('staff.series.applyButton', { count: current.result.matched })}
          </button>
        </section>
      ) : null}

      {confirming && current ? (
        <Dialog
          variant="staff"
          title={t('staff.series.confirmTitle', { count: current.result.matched })}
          description={
            <p>{t('staff.series.confirmText', { count: current.result.matched, change: changeText })}</p>
          }
          onClose={closeConfirm}
          busy={apply.isPending}
          initialFocus={keepRef}
          fallbackFocus={() => appliedRef.current}
        >
          {apply.isError ? <ProblemAlert error={apply.error} /> : null}
          <ConfirmActions
            confirm={t('staff.series.confirmYes', { count: current.result.matched })}
            onConfirm={confirmApply}
            safe={t('staff.queue.close')}
            onSafe={closeConfirm}
            safeRef={keepRef}
            busy={apply.isPending}
          />
        </Dialog>
      ) : null}

      {collections.isError ? <ProblemAlert error={collections.error} /> : null}
      <MutationList />
      {locations.isPending ? <Loading /> : null}
    </div>
  );
}
