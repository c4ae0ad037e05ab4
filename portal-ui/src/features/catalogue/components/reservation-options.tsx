import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Loading, ProblemAlert, RefreshFailed } from '../../../components/status';
import type { ReservationOption, TitleDetail } from '../../../lib/api';
import { loginPath } from '../../../lib/api-client';
import { useSession } from '../../../lib/auth-store';
import { formatList } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { placeIn, reservationStatusText } from '../../../lib/reservation-text';
import { withParams } from '../../../lib/url-params';
import { useReservationOptions } from '../api/use-reservation-options';
import { LocationKindTag } from './location-kind-tag';
import { optionReasonText } from './reservation-reasons';
import { ReserveDialog } from './reserve-dialog';

/** ?reserve=1 on a title page: open the reserve dialog (where logging in for a reservation comes back to). */
export const RESERVE_PARAM = 'reserve';

/**
 * The "Reserveer" buttons of a title page: one per pickup option the service allows for the
 * logged-in student, the reason in words where it refuses (also when the school allows no reserving at
 * all). Logged out, one button that goes to the login page and comes back with the dialog open.
 */
export function ReservationOptions({ title }: { title: TitleDetail }) {
  const session = useSession();
  if (!session) return <LoggedOutReserve title={title} />;
  if (session.user.role !== 'STUDENT') return null;
  return <StudentReservationOptions title={title} userId={session.user.id} />;
}

function LoggedOutReserve({ title }: { title: TitleDetail }) {
  const { t } = useI18n();
  if (title.copiesTotal <= 0) return null;
  return (
    <section className="reserve" aria-labelledby="reserve-heading">
      <h2 id="reserve-heading">{t('reserve.heading')}</h2>
      <p>{t('reserve.loggedOut')}</p>
      <Link className="button" to={loginPath(`/titels/${title.id}?${RESERVE_PARAM}=1`)}>
        {t('reserve.button')}
      </Link>
    </section>
  );
}

interface DialogState {
  /** The option whose button was pressed; null: let the student choose (after logging in). */
  optionId: number | null;
  choices: ReservationOption[];
}

interface RefusedGroup {
  code: string;
  /** The limit the refusal names (RESERVATION_LIMIT_REACHED). */
  limit?: number | null;
  names: string[];
}

function StudentReservationOptions({ title, userId }: { title: TitleDetail; userId: number }) {
  const { t, locale } = useI18n();
  const query = useReservationOptions(title.id, userId);
  const [params, setParams] = useSearchParams();
  const sectionRef = useRef<HTMLElement>(null);
  const [dialog, setDialog] = useState<DialogState | null>(null);
  const [handledParam, setHandledParam] = useState(false);

  const data = query.data;
  const current = data?.current ?? null;
  const options = data?.options ?? [];
  const allowed = options.filter((o) => o.allowed);
  const wantsDialog = params.get(RESERVE_PARAM) === '1';

  // Back from the login page with ?reserve=1: open the dialog once the options are known.
  if (wantsDialog && data && !handledParam) {
    setHandledParam(true);
    if (allowed.length > 0 && !dialog) {
      const only = allowed.length === 1 ? allowed[0] : undefined;
      setDialog({ optionId: only ? only.pickupLocationId : null, choices: allowed });
    }
  }

  // …and take the flag out of the address, so a reload does not open it again.
  useEffect(() => {
    if (!handledParam || !wantsDialog) return;
    setParams((prev) => withParams(prev, { [RESERVE_PARAM]: null }), {
      replace: true,
      preventScrollReset: true,
    });
    if (allowed.length === 0) sectionRef.current?.focus();
  }, [handledParam, wantsDialog, setParams, allowed.length]);

  if (query.isPending) {
    return query.fetchStatus === 'idle' ? null : <Loading label={t('reserve.loading')} />;
  }
  if (query.isError && !data) {
    return (
      <section className="reserve" aria-labelledby="reserve-heading">
        <h2 id="reserve-heading">{t('reserve.heading')}</h2>
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      </section>
    );
  }
  // The school allows no reserving at all: no button, but the reason in words.
  if (options.length === 0 && !current && !dialog) {
    return (
      <section className="reserve" aria-labelledby="reserve-heading">
        <h2 id="reserve-heading">{t('reserve.heading')}</h2>
        <p className="reserve__reason" data-reason="RESERVATIONS_NOT_ALLOWED">
          {t('reserve.schoolAllowsNone')}
        </p>
      </section>
    );
  }

  const refused = groupRefused(
    options.filter((o) => !o.allowed && !(current && o.reasonCode === 'DUPLICATE_RESERVATION')),
  );

  return (
    <section className="reserve" aria-labelledby="reserve-heading" ref={sectionRef} tabIndex={-1}>
      <h2 id="reserve-heading">{t('reserve.heading')}</h2>
      {query.isError ? <RefreshFailed /> : null}
      {current ? (
        <div className="reserve__current">
          <p className="reserve__current-title">
            {t('reserve.current', { place: placeIn(current.pickupLocation, locale) })}
          </p>
          <p className="reserve__current-status">{reservationStatusText(current, locale)}</p>
          <p>
            <Link to={`/mijn-gegevens#reservering-${current.id}`}>{t('reserve.currentLink')}</Link>
          </p>
        </div>
      ) : allowed.length > 0 ? (
        <p>{t('reserve.intro')}</p>
      ) : null}
      {allowed.length > 0 || refused.length > 0 ? (
        <ul className="reserve__options">
          {allowed.map((option) => (
            <li key={option.pickupLocationId} className="reserve__option is-allowed">
              <span className="reserve__place">
                <span className="reserve__name">{option.pickupLocationName}</span>
                <LocationKindTag kind={option.pickupLocationKind} />
              </span>
              <button
                type="button"
                className="button"
                aria-label={t('reserve.buttonLabel', {
                  place: placeIn(
                    { name: option.pickupLocationName, kind: option.pickupLocationKind },
                    locale,
                  ),
                })}
                onClick={() => setDialog({ optionId: option.pickupLocationId, choices: allowed })}
              >
                {t('reserve.button')}
              </button>
            </li>
          ))}
          {refused.map((group) => (
            <li key={`${group.code}:${group.names.join('|')}`} className="reserve__option is-refused">
              <span className="reserve__place">
                <span className="visually-hidden">{t('reserve.notHere')} </span>
                <span className="reserve__name">{formatList(group.names, locale)}</span>
              </span>
              <span className="reserve__reason" data-reason={group.code}>
                {optionReasonText(group.code, locale, group.limit)}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {dialog ? (
        <ReserveDialog
          title={title}
          choices={dialog.choices}
          initialOptionId={dialog.optionId}
          onClose={() => setDialog(null)}
          fallbackFocus={() => sectionRef.current}
        />
      ) : null}
    </section>
  );
}

/** Refused options with the same reason together: "Centrum, Noord, Oost — not linked to the library". */
function groupRefused(options: ReservationOption[]): RefusedGroup[] {
  const groups = new Map<string, RefusedGroup>();
  for (const option of options) {
    const code = option.reasonCode ?? 'UNKNOWN';
    const key = `${code}:${option.pickupLocationKind}`;
    const group = groups.get(key) ?? { code, limit: option.limit, names: [] };
    group.names.push(option.pickupLocationName);
    groups.set(key, group);
  }
  return [...groups.values()];
}
