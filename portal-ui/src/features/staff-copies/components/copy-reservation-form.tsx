import { useState, type FormEvent } from 'react';
import { ProblemAlert } from '../../../components/status';
import type { CopyDetail } from '../../../lib/api';
import { formatDeskDate, patronLabel } from '../../../lib/staff';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { useSpecialPasses } from '../../../lib/queries/use-staff-lookups';
import { useReserveCopy } from '../api/use-copy';

/**
 * A copy reservation (exemplaarreservering) for a special pass (e.g. an exhibition) or a student: it goes
 * before title reservations and is allowed on a blocked copy. Only copies of your own location.
 */
export function CopyReservationForm({ copy }: { copy: CopyDetail }) {
  const { t, locale } = useI18n();
  const passes = useSpecialPasses();
  const reserve = useReserveCopy(copy.barcode);
  const [kind, setKind] = useState<'pass' | 'patron'>('pass');
  const [passId, setPassId] = useState('');
  const [patronId, setPatronId] = useState('');
  const [error, setError] = useState<MessageKey | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const raw = kind === 'pass' ? passId : patronId.trim();
    const problem: MessageKey | null = !raw
      ? kind === 'pass'
        ? 'staff.copyReservation.passRequired'
        : 'staff.checkout.patronRequired'
      : !/^[1-9]\d{0,17}$/.test(raw)
        ? 'staff.checkout.patronIdInvalid'
        : null;
    setError(problem);
    if (problem) return;
    reserve.mutate({ patronId: Number(raw) });
  };

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
              <input
                type="radio"
                name="copy-res-kind"
                checked={kind === 'pass'}
                onChange={() => setKind('pass')}
              />
              {t('staff.copyReservation.pass')}
            </label>
            <label className="desk-choice__option">
              <input
                type="radio"
                name="copy-res-kind"
                checked={kind === 'patron'}
                onChange={() => setKind('patron')}
              />
              {t('staff.copyReservation.student')}
            </label>
          </div>
        </fieldset>
        {kind === 'pass' ? (
          <div className="field">
            <label htmlFor="copy-res-pass">{t('staff.copyReservation.pass')}</label>
            <select
              id="copy-res-pass"
              value={passId}
              onChange={(event) => setPassId(event.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'copy-res-error' : undefined}
            >
              <option value="">{t('staff.copyReservation.choosePass')}</option>
              {(passes.data ?? []).map((pass) => (
                <option key={pass.id} value={String(pass.id)}>
                  {pass.name} ({pass.location.name})
                </option>
              ))}
            </select>
          </div>
        ) : (
          <div className="field">
            <label htmlFor="copy-res-patron">{t('staff.checkout.patronId')}</label>
            <input
              id="copy-res-patron"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              value={patronId}
              onChange={(event) => setPatronId(event.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'copy-res-error' : undefined}
            />
          </div>
        )}
        {error ? (
          <p id="copy-res-error" className="field__error" role="alert">
            {t(error)}
          </p>
        ) : null}
        {reserve.isError ? <ProblemAlert error={reserve.error} /> : null}
        <button type="submit" className="button" disabled={reserve.isPending}>
          {t('staff.copyReservation.submit')}
        </button>
        <p className="staff-panel__saved" role="status">
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
