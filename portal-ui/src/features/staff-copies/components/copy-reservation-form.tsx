import { useRef } from 'react';
import { z } from 'zod';
import { Field } from '../../../components/field';
import { ProblemAlert } from '../../../components/status';
import type { CopyDetail } from '../../../lib/api';
import { messageKey, useFieldError, useFocusWhen, useSchemaForm } from '../../../lib/forms';
import { formatDeskDate, patronLabel } from '../../../lib/staff';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { useSpecialPasses } from '../../../lib/queries/use-staff-lookups';
import { useReserveCopy } from '../api/use-copy';

const PATRON_ID = /^[1-9]\d{0,17}$/;

/** For a special pass (chosen from the list) or a student (by patron id): the one chosen must be filled in. */
const copyReservationSchema = z
  .object({
    kind: z.enum(['pass', 'patron']),
    passId: z.string(),
    patronId: z.string().trim(),
  })
  .superRefine((values, context) => {
    const field = values.kind === 'pass' ? 'passId' : 'patronId';
    const raw = values[field];
    const problem = !raw
      ? values.kind === 'pass'
        ? messageKey('staff.copyReservation.passRequired')
        : messageKey('staff.checkout.patronRequired')
      : PATRON_ID.test(raw)
        ? null
        : messageKey('staff.checkout.patronIdInvalid');
    if (problem) context.addIssue({ code: 'custom', path: [field], message: problem });
  })
  .transform((values) => ({ patronId: Number(values.kind === 'pass' ? values.passId : values.patronId) }));

/**
 * A copy reservation (exemplaarreservering) for a special pass (e.g. an exhibition) or a student: it goes
 * before title reservations and is allowed on a blocked copy. Only copies of your own location.
 */
export function CopyReservationForm({ copy }: { copy: CopyDetail }) {
  const { t, locale } = useI18n();
  const passes = useSpecialPasses();
  const reserve = useReserveCopy(copy.barcode);
  const form = useSchemaForm(copyReservationSchema, {
    defaultValues: { kind: 'pass', passId: '', patronId: '' },
  });
  const errors = form.formState.errors;
  const errorText = useFieldError();
  const kind = form.watch('kind');
  const placedRef = useRef<HTMLParagraphElement>(null);

  useFocusWhen(reserve.isSuccess, reserve.submittedAt, placedRef);

  const submit = form.handleSubmit((request) => reserve.mutate(request));

  const placed = reserve.data;
  return (
    <section className="staff-panel" aria-labelledby="copy-reservation-heading">
      <h2 id="copy-reservation-heading">{t('staff.copyReservation.heading')}</h2>
      <p className="hint">{t('staff.copyReservation.intro')}</p>
      <form onSubmit={submit} noValidate>
        <fieldset className="desk-choice">
          <legend>{t('staff.copyReservation.for')}</legend>
          <div className="desk-choice__options">
            <label className="desk-choice__option">
              <input type="radio" value="pass" {...form.register('kind')} />
              {t('staff.copyReservation.pass')}
            </label>
            <label className="desk-choice__option">
              <input type="radio" value="patron" {...form.register('kind')} />
              {t('staff.copyReservation.student')}
            </label>
          </div>
        </fieldset>
        {kind === 'pass' ? (
          <Field id="copy-res-pass" label={t('staff.copyReservation.pass')} error={errorText(errors.passId)}>
            {(control) => (
              <select {...control} {...form.register('passId')}>
                <option value="">{t('staff.copyReservation.choosePass')}</option>
                {(passes.data ?? []).map((pass) => (
                  <option key={pass.id} value={String(pass.id)}>
                    {pass.name} ({pass.location.name})
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : (
          <Field id="copy-res-patron" label={t('staff.checkout.patronId')} error={errorText(errors.patronId)}>
            {(control) => (
              <input
                {...control}
                {...form.register('patronId')}
                type="text"
                inputMode="numeric"
                autoComplete="off"
              />
            )}
          </Field>
        )}
        {reserve.isError ? <ProblemAlert error={reserve.error} /> : null}
        <button type="submit" className="button" disabled={reserve.isPending}>
          {t('staff.copyReservation.submit')}
        </button>
        <p ref={placedRef} className="staff-panel__saved" role="status" tabIndex={-1}>
          {placed
            ? t('staff.copyReservation.placed', {
                patron: placed.patron ? patronLabel(placed.patron) : '—',
                status: t(`staff.copy.reservationStatus.${placed.status}` as MessageKey),
              }) +
              (placed.pickupBy
                ? ` — ${t('staff.copy.pickupBy', { date: formatDeskDate(placed.pickupBy, locale) })}`
                : '')
            : ''}
        </p>
      </form>
    </section>
  );
}
