import { useMemo, useRef, useState, type FormEvent } from 'react';
import { Dialog } from '../../../components/dialog';
import { Loading, ProblemAlert } from '../../../components/status';
import type { DryRunResult, SeriesMutation, SeriesMutationRequest } from '../../../lib/api';
import { useI18n } from '../../../lib/i18n';
import { useAllLocations, useCollections } from '../../../lib/queries/use-staff-lookups';
import { BLOCK_LEVELS, blockLevelText, todayIso } from '../../../lib/staff';
import { describeBlockValue } from '../../../lib/staff-changes';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useApplyMutation, useDryRun } from '../api/use-series-mutations';
import { MutationList } from './mutation-list';
import {
  buildSeriesRequest,
  EMPTY_FORM,
  parseBarcodes,
  type SeriesForm,
  type SeriesFormErrors,
} from './series-request';

/**
 * /balie/seriemutaties — set or clear the reservation block and/or loan block on a whole selection of
 * copies at once: build the selection, dry-run it (count + sample), apply with a confirmation that states
 * the count, and see (and undo) past mutations.
 */
export function SeriesMutationsPage() {
  const { t, locale } = useI18n();
  useDocumentTitle(t('staff.series.title'));
  const [form, setForm] = useState<SeriesForm>(EMPTY_FORM);
  const [errors, setErrors] = useState<SeriesFormErrors>({});
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
  const today = todayIso();

  const built = useMemo(() => buildSeriesRequest(form, today), [form, today]);
  // The dry run only counts for exactly the request it ran: change the form and it must run again.
  const current =
    tested && built.request && JSON.stringify(built.request) === JSON.stringify(tested.request)
      ? tested
      : null;

  const update = <K extends keyof SeriesForm>(key: K, value: SeriesForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setApplied(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!built.request) {
      setErrors(built.errors);
      return;
    }
    setErrors({});
    const request = built.request;
    dryRun.mutate(request, {
      onSuccess: (result) => {
        setTested({ request, result });
        window.setTimeout(() => resultRef.current?.focus(), 0);
      },
    });
  };

  // Applied: the form starts over (no selection left to apply twice); focus goes to the outcome when the
  // dialog closes (its opener, the apply button, is gone by then).
  const confirmApply = () => {
    if (!current) return;
    apply.mutate(current.request, {
      onSuccess: (mutation) => {
        setApplied(mutation);
        setTested(null);
        setConfirming(false);
        setForm(EMPTY_FORM);
        setErrors({});
      },
    });
  };

  const closeConfirm = () => {
    setConfirming(false);
    apply.reset();
  };

  const barcodeCount = parseBarcodes(form.barcodes).length;
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
            <div className="field">
              <label htmlFor="series-collection">{t('staff.series.collection')}</label>
              <select
                id="series-collection"
                value={form.collectionCode}
                onChange={(event) => update('collectionCode', event.target.value)}
              >
                <option value="">{t('staff.series.anyCollection')}</option>
                {(collections.data ?? []).map((c) => (
                  <option key={c.id} value={c.code}>
                    {c.code} — {c.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="series-location">{t('staff.series.location')}</label>
              <select
                id="series-location"
                value={form.locationId}
                onChange={(event) => update('locationId', event.target.value)}
              >
                <option value="">{t('staff.series.anyLocation')}</option>
                {(locations.data ?? []).map((l) => (
                  <option key={l.id} value={String(l.id)}>
                    {l.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="series-prefix">{t('staff.series.prefix')}</label>
              <input
                id="series-prefix"
                type="text"
                autoComplete="off"
                placeholder={t('staff.series.prefixExample')}
                value={form.shelfMarkPrefix}
                onChange={(event) => update('shelfMarkPrefix', event.target.value)}
                aria-invalid={errors.prefix ? true : undefined}
                aria-describedby={errors.prefix ? 'series-prefix-error' : undefined}
              />
              {errors.prefix ? (
                <p id="series-prefix-error" className="field__error">
                  {t(errors.prefix)}
                </p>
              ) : null}
            </div>
          </div>
          <div className="field">
            <label htmlFor="series-barcodes">{t('staff.series.barcodes')}</label>
            <p id="series-barcodes-hint" className="hint field__hint">
              {t('staff.series.barcodesHint')}
              {barcodeCount > 0 ? ` ${t('staff.series.barcodesCount', { count: barcodeCount })}` : ''}
            </p>
            <textarea
              id="series-barcodes"
              rows={3}
              spellCheck={false}
              value={form.barcodes}
              onChange={(event) => update('barcodes', event.target.value)}
              aria-invalid={errors.barcodes ? true : undefined}
              aria-describedby={
                errors.barcodes ? 'series-barcodes-hint series-barcodes-error' : 'series-barcodes-hint'
              }
            />
            {errors.barcodes ? (
              <p id="series-barcodes-error" className="field__error">
                {t(errors.barcodes)}
              </p>
            ) : null}
          </div>
          {errors.selection ? <p className="field__error">{t(errors.selection)}</p> : null}
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
                    name="series-reservation-block"
                    checked={form.reservationBlock === option}
                    onChange={() => update('reservationBlock', option)}
                  />
                  <label htmlFor={`series-res-${option}`}>
                    {option === 'KEEP' ? t('staff.series.keep') : blockLevelText(option, locale)}
                  </label>
                </div>
              ))}
              <div className="field">
                <label htmlFor="series-res-until">{t('staff.block.until')}</label>
                <input
                  id="series-res-until"
                  type="date"
                  min={today}
                  value={form.reservationUntil}
                  disabled={form.reservationBlock === 'KEEP' || form.reservationBlock === 'NONE'}
                  onChange={(event) => update('reservationUntil', event.target.value)}
                />
              </div>
              <div className="field field--checkbox">
                <input
                  id="series-default"
                  type="checkbox"
                  checked={form.setCollectionDefault}
                  disabled={!form.collectionCode || form.reservationBlock === 'KEEP'}
                  onChange={(event) => update('setCollectionDefault', event.target.checked)}
                />
                <label htmlFor="series-default">
                  {t('staff.series.alsoDefault', { code: form.collectionCode || '…' })}
                </label>
              </div>
            </fieldset>
            <fieldset className="staff-choice">
              <legend>{t('staff.loanBlock.heading')}</legend>
              {(['KEEP', 'SET', 'CLEAR'] as const).map((option) => (
                <div key={option} className="staff-choice__option">
                  <input
                    type="radio"
                    id={`series-loan-${option}`}
                    name="series-loan-block"
                    checked={form.loanBlock === option}
                    onChange={() => update('loanBlock', option)}
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
              <div className="field">
                <label htmlFor="series-loan-until">{t('staff.block.until')}</label>
                <input
                  id="series-loan-until"
                  type="date"
                  min={today}
                  value={form.loanUntil}
                  disabled={form.loanBlock !== 'SET'}
                  onChange={(event) => update('loanUntil', event.target.value)}
                />
              </div>
              <div className="field">
                <label htmlFor="series-loan-reason">{t('staff.loanBlock.reason')}</label>
                <input
                  id="series-loan-reason"
                  type="text"
                  value={form.loanReason}
                  disabled={form.loanBlock !== 'SET'}
                  onChange={(event) => update('loanReason', event.target.value)}
                  aria-invalid={errors.reason ? true : undefined}
                />
                {errors.reason ? <p className="field__error">{t(errors.reason)}</p> : null}
              </div>
            </fieldset>
          </div>
          {errors.until ? <p className="field__error">{t(errors.until)}</p> : null}
          {errors.change ? <p className="field__error">{t(errors.change)}</p> : null}
        </fieldset>
        {Object.keys(errors).length > 0 ? (
          <p className="visually-hidden" role="alert">
            {Object.values(errors)
              .map((key) => t(key))
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
            {t(current.result.matched === 1 ? 'staff.series.matchedOne' : 'staff.series.matched', {
              count: current.result.matched,
            })}
          </p>
          {current.result.outOfScope > 0 ? (
            <p>{t('staff.series.outOfScope', { count: current.result.outOfScope })}</p>
          ) : null}
          <p>
            {t('staff.series.willChange')} <strong>{changeText}</strong>
          </p>
          {current.result.sample.length > 0 ? (
            <div className="table-scroll" role="region" aria-labelledby="series-sample-caption" tabIndex={0}>
              <table className="table" data-testid="dry-run-sample">
                <caption id="series-sample-caption">
                  {t('staff.series.sampleCaption', { count: current.result.sample.length })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('staff.holdShelf.barcode')}</th>
                    <th scope="col">{t('staff.holdShelf.book')}</th>
                    <th scope="col">{t('staff.series.sampleLocation')}</th>
                    <th scope="col">{t('staff.holdShelf.shelfMark')}</th>
                    <th scope="col">{t('staff.series.sampleResBlock')}</th>
                    <th scope="col">{t('staff.series.sampleLoanBlock')}</th>
                  </tr>
                </thead>
                <tbody>
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
                </tbody>
              </table>
            </div>
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
          <div className="dialog-actions">
            <button type="button" className="button" onClick={confirmApply} disabled={apply.isPending}>
              {t('staff.series.confirmYes', { count: current.result.matched })}
            </button>
            <button
              ref={keepRef}
              type="button"
              className="button button--secondary"
              onClick={closeConfirm}
              disabled={apply.isPending}
            >
              {t('staff.queue.close')}
            </button>
          </div>
        </Dialog>
      ) : null}

      {collections.isError ? <ProblemAlert error={collections.error} /> : null}
      <MutationList />
      {locations.isPending ? <Loading /> : null}
    </div>
  );
}
