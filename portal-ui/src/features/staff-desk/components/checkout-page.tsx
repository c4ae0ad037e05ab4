import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { QueueLink } from '../../../components/queue-link';
import { ScanForm } from '../../../components/scan-field';
import type { Loan } from '../../../lib/api';
import { ApiError } from '../../../lib/api-client';
import { formatLongDate } from '../../../lib/format';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { forgetKept, keepForUser, keptForUser } from '../../../lib/kept-for-user';
import { formatDeskTime, patronLabel } from '../../../lib/staff';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { copyTitle } from '../api/copy-title';
import { useCheckout } from '../api/use-checkout';
import { useCheckoutPatron } from '../api/use-checkout-patron';
import { checkoutRefusal, type PatronChoice } from './checkout-wording';
import { DeskLocation } from './desk-location';
import { sessionEnded, unreachable, useDeskUser, useRetryWhileOffline } from './desk-memory';
import { DeskOffline } from './desk-offline';
import { DeskSession, LatestOutcome, SessionRow } from './desk-session';

const MAX_BARCODE = 20;
const MAX_CARD = 20;
const KEPT_SCANS = 'checkout.scans';

/** Scans that met an ended session, with the patron they were for. */
interface UnfinishedCheckout {
  patron: PatronChoice;
  barcodes: string[];
}

function isUnfinished(value: unknown): value is UnfinishedCheckout {
  const kept = value as UnfinishedCheckout | null;
  return !!kept && typeof kept.patron === 'object' && Array.isArray(kept.barcodes);
}

type CheckoutRow =
  | { id: number; at: string; barcode: string; kind: 'ok'; loan: Loan }
  | { id: number; at: string; barcode: string; kind: 'refused'; error: unknown; title: string | null };

/** A refusal about the patron itself (unknown card or patron) sends the desk back to choosing the patron. */
function isPatronProblem(error: unknown): boolean {
  return (
    error instanceof ApiError && error.code === 'NOT_FOUND' && /^(Card|Patron)\b/i.test(error.detail ?? '')
  );
}

/** An unknown barcode: there is no book to name (patron problems are handled before). */
function isUnknownCopy(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'NOT_FOUND';
}

/**
 * /balie/uitlenen — check-out: first the patron (library card number or patron number), then the books.
 * Every scan adds a row: lent with its due date (and the reservation it fulfils), or refused in words —
 * a loan block with its end date and reason, held for someone else, not available. The desk sees the patron's
 * name, group and school to check against the child. Scans that met an ended session are lent right after the same
 * person logs in again; scans made while the service cannot be reached wait and are tried again.
 */
export function CheckoutPage() {
  const { t } = useI18n();
  useDocumentTitle(t('staff.checkout.title'));
  const user = useDeskUser();
  // Scans that met an ended session: lent to the same patron now that this person is logged in again.
  const [unfinished] = useState(() => {
    const kept = keptForUser(user.id, KEPT_SCANS);
    return isUnfinished(kept) ? kept : null;
  });
  const [patron, setPatron] = useState<PatronChoice | null>(unfinished?.patron ?? null);
  // After an unknown card or patron: the choice that failed and why, to show and correct it.
  const [failed, setFailed] = useState<{ choice: PatronChoice; error: unknown } | null>(null);
  const [resumed, setResumed] = useState<string[]>(
    () => unfinished?.barcodes.filter((barcode) => typeof barcode === 'string') ?? [],
  );
  useEffect(() => forgetKept(KEPT_SCANS), []);

  return (
    <div className="page desk">
      <h1>{t('staff.checkout.title')}</h1>
      <DeskLocation />
      {patron ? (
        <CheckoutScanner
          key={patron.kind === 'card' ? `card:${patron.cardNumber}` : `id:${patron.patronId}`}
          patron={patron}
          resumed={resumed}
          onOtherPatron={(error) => {
            setResumed([]);
            setFailed(error ? { choice: patron, error } : null);
            setPatron(null);
          }}
        />
      ) : (
        <PatronForm
          failed={failed}
          onChoose={(choice) => {
            setFailed(null);
            setPatron(choice);
          }}
        />
      )}
    </div>
  );
}

function PatronForm({
  failed,
  onChoose,
}: {
  failed: { choice: PatronChoice; error: unknown } | null;
  onChoose: (choice: PatronChoice) => void;
}) {
  const { t, locale } = useI18n();
  const [kind, setKind] = useState<PatronChoice['kind']>(failed?.choice.kind ?? 'card');
  const [value, setValue] = useState(() =>
    !failed ? '' : failed.choice.kind === 'card' ? failed.choice.cardNumber : String(failed.choice.patronId),
  );
  const [error, setError] = useState<MessageKey | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = value.trim();
    let problem: MessageKey | null = null;
    if (!trimmed) problem = 'staff.checkout.patronRequired';
    else if (kind === 'card' && trimmed.length > MAX_CARD) problem = 'staff.checkout.cardTooLong';
    else if (kind === 'id' && !/^[1-9]\d{0,17}$/.test(trimmed)) problem = 'staff.checkout.patronIdInvalid';
    setError(problem);
    if (problem) return inputRef.current?.focus();
    onChoose(kind === 'card' ? { kind, cardNumber: trimmed } : { kind, patronId: Number(trimmed) });
  };

  const message = error
    ? t(error)
    : failed
      ? checkoutRefusal(failed.error, { barcode: '', patron: failed.choice }, locale).join(' ')
      : null;

  return (
    <>
      <p className="lead">{t('staff.checkout.intro')}</p>
      <ScanForm
        onSubmit={submit}
        id="checkout-patron"
        name="patron"
        label={kind === 'card' ? t('staff.checkout.cardNumber') : t('staff.checkout.patronId')}
        value={value}
        onChange={setValue}
        inputRef={inputRef}
        submitLabel={t('staff.checkout.start')}
        error={message}
        inputMode={kind === 'id' ? 'numeric' : undefined}
      >
        <fieldset className="desk-choice">
          <legend>{t('staff.checkout.patronLegend')}</legend>
          <div className="desk-choice__options">
            {(['card', 'id'] as const).map((option) => (
              <label key={option} className="desk-choice__option">
                <input
                  type="radio"
                  name="patron-kind"
                  value={option}
                  checked={kind === option}
                  onChange={() => setKind(option)}
                />
                {option === 'card' ? t('staff.checkout.byCard') : t('staff.checkout.byId')}
              </label>
            ))}
          </div>
        </fieldset>
      </ScanForm>
    </>
  );
}

function CheckoutScanner({
  patron,
  resumed,
  onOtherPatron,
}: {
  patron: PatronChoice;
  resumed: string[];
  onOtherPatron: (error?: unknown) => void;
}) {
  const { t, locale } = useI18n();
  const [value, setValue] = useState('');
  const [rows, setRows] = useState<CheckoutRow[]>([]);
  const [fieldError, setFieldError] = useState<MessageKey | null>(null);
  const [busy, setBusy] = useState(false);
  const [offline, setOffline] = useState(false);
  const [waiting, setWaiting] = useState<string[]>([]);
  const inputRef = useRef<HTMLInputElement>(null);
  const queue = useRef<string[]>([]);
  const user = useDeskUser();
  const chosen = useCheckoutPatron(patron);
  const running = useRef(false);
  const nextId = useRef(1);
  const { mutateAsync: checkOut } = useCheckout();

  const drain = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      while (queue.current.length > 0) {
        const barcode = queue.current[0] as string;
        const at = new Date().toISOString();
        try {
          const loan = await checkOut(
            patron.kind === 'card'
              ? { barcode, cardNumber: patron.cardNumber }
              : { barcode, patronId: patron.patronId },
          );
          setOffline(false);
          const id = nextId.current++;
          setRows((current) => [{ id, at, barcode: loan.barcode, kind: 'ok', loan }, ...current]);
        } catch (error) {
          if (unreachable(error)) {
            setOffline(true);
            break;
          }
          if (sessionEnded(error)) {
            // The portal goes to the login page: these scans are lent when this person is back.
            keepForUser(user.last.current, KEPT_SCANS, { patron, barcodes: [...queue.current] });
            queue.current = [];
            break;
          }
          if (isPatronProblem(error)) {
            queue.current = [];
            onOtherPatron(error);
            return;
          }
          const title = isUnknownCopy(error) ? null : await copyTitle(barcode);
          const id = nextId.current++;
          setRows((current) => [{ id, at, barcode, kind: 'refused', error, title }, ...current]);
        }
        queue.current.shift();
        setWaiting([...queue.current]);
      }
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, [checkOut, patron, onOtherPatron, user.last]);

  const enqueue = useCallback(
    (barcodes: string[]) => {
      queue.current.push(...barcodes);
      setWaiting([...queue.current]);
      void drain();
    },
    [drain],
  );

  useEffect(() => {
    if (resumed.length > 0) enqueue(resumed);
  }, [resumed, enqueue]);

  // An unknown card or a patron out of reach: back to choosing the patron, saying why.
  useEffect(() => {
    if (chosen.error && isPatronProblem(chosen.error)) onOtherPatron(chosen.error);
  }, [chosen.error, onOtherPatron]);

  const retry = useCallback(() => void drain(), [drain]);
  useRetryWhileOffline(offline, retry);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    inputRef.current?.focus();
    const barcode = value.trim();
    if (!barcode) return setFieldError('staff.checkin.barcodeRequired');
    if (barcode.length > MAX_BARCODE) return setFieldError('staff.checkin.barcodeTooLong');
    setFieldError(null);
    setValue('');
    enqueue([barcode]);
  };

  const patronText =
    patron.kind === 'card'
      ? t('staff.checkout.cardLabel', { card: patron.cardNumber })
      : t('staff.checkout.idLabel', { id: patron.patronId });
  const latest = rows[0];
  const patronFound = chosen.data
    ? [patronLabel(chosen.data), chosen.data.schoolName].filter(Boolean).join(', ')
    : null;
  const refused = latest && latest.kind === 'refused' ? latest : null;
  const latestRefusal = refused
    ? checkoutRefusal(refused.error, { barcode: refused.barcode, patron }, locale)
    : null;

  return (
    <>
      <div className="desk-patron">
        <p>
          <span className="desk-patron__label">{t('staff.checkout.lendingTo')}</span>{' '}
          <strong data-testid="checkout-patron">
            {patronFound ? `${patronFound} (${patronText})` : patronText}
          </strong>
        </p>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => onOtherPatron()}
        >
          {t('staff.checkout.otherPatron')}
        </button>
      </div>
      <ScanForm
        onSubmit={submit}
        id="checkout-barcode"
        name="barcode"
        label={t('staff.checkout.barcode')}
        value={value}
        onChange={setValue}
        inputRef={inputRef}
        submitLabel={t('staff.checkout.submit')}
        error={fieldError ? t(fieldError) : null}
        autoCapitalize="characters"
        status={busy && !offline ? t('staff.checkout.busy') : ''}
      />
      {offline ? <DeskOffline waiting={waiting} /> : null}

      {latestRefusal ? (
        <div className="alert alert--error desk-refusal" role="alert" data-testid="checkout-refusal">
          <p className="alert__title">
            {t('staff.checkout.refused')}:{' '}
            {refused?.title ? (
              <>
                <span className="desk-row__title">{refused.title}</span>{' '}
              </>
            ) : null}
            <span className="table__mono">{refused?.barcode}</span>
          </p>
          {latestRefusal.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      ) : null}
      <LatestOutcome
        text={
          latest && latest.kind === 'ok'
            ? `${latest.loan.title.title}: ${t('staff.checkout.lent', { date: formatLongDate(latest.loan.dueDate, locale) })}`
            : ''
        }
      />

      <DeskSession
        id="checkout"
        heading={t('staff.checkout.sessionHeading')}
        emptyText={rows.length === 0 ? t('staff.checkout.sessionEmpty') : null}
      >
        {rows.map((row) => (
          <CheckoutRowItem key={row.id} row={row} patron={patron} />
        ))}
      </DeskSession>
    </>
  );
}

function CheckoutRowItem({ row, patron }: { row: CheckoutRow; patron: PatronChoice }) {
  const { t, locale } = useI18n();
  const time = formatDeskTime(row.at, locale);
  if (row.kind === 'refused') {
    return (
      <SessionRow kind="error" time={time}>
        <p className="desk-row__what">{t('staff.checkout.refused')}</p>
        {checkoutRefusal(row.error, { barcode: row.barcode, patron }, locale).map((line) => (
          <p key={line} className="desk-row__alert">
            {line}
          </p>
        ))}
        <p className="desk-row__meta">
          {row.title ? <span className="desk-row__title">{row.title}</span> : null}
          <span className="table__mono">{row.barcode}</span>
        </p>
      </SessionRow>
    );
  }
  const { loan } = row;
  return (
    <SessionRow
      kind="lent"
      time={time}
      actions={<QueueLink className="button button--secondary button--small" title={loan.title} />}
    >
      <p className="desk-row__what">
        {t('staff.checkout.lent', { date: formatLongDate(loan.dueDate, locale) })}
      </p>
      {loan.fulfilledReservationId != null ? (
        <p className="desk-row__alert">
          {t('staff.checkout.fulfilled', { id: loan.fulfilledReservationId })}
        </p>
      ) : null}
      <p className="desk-row__meta">
        <span className="desk-row__title">{loan.title.title}</span>
        <span className="table__mono">{loan.barcode}</span>
      </p>
    </SessionRow>
  );
}
