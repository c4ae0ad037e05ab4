import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { CheckinResult } from '../../../lib/api';
import { useI18n } from '../../../lib/i18n';
import { alertText } from './checkin-wording';

/** An Enter this soon after a scan went into the queue is the scanner's, not a person acknowledging. */
const SCANNER_GAP_MS = 300;

/**
 * The "Gereserveerd voor …" alert after a check-in that fills a reservation: a live alert region (read at once),
 * deliberately not a dialog — it is not modal, the librarian keeps scanning while it is open (dialogs are
 * `components/dialog.tsx`). Its "Gezien" button takes the focus (so Enter acknowledges it) and the alert stays
 * until "Gezien" is pressed.
 * A scanner typing while the alert has the focus does not acknowledge it and loses nothing: its keys go to
 * the barcode field (`onType`), its Enter queues the scan there, and the alert says how many scans wait.
 */
export function DeskAlert({
  result,
  waiting,
  lastScanAt,
  onAcknowledge,
  onPrint,
  onType,
  focusRequest,
}: {
  result: CheckinResult;
  /** Scans queued until the alert is acknowledged. */
  waiting: number;
  /** When the last scan was queued (ms since the epoch), to tell a scanner's Enter from a person's. */
  lastScanAt: () => number;
  onAcknowledge: () => void;
  onPrint: () => void;
  /** A printable key typed into the alert: it belongs in the barcode field. */
  onType: (key: string) => void;
  /** Changes when the focus should come back to "Gezien" (after a scan was queued). */
  focusRequest: number;
}) {
  const { t, locale } = useI18n();
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    buttonRef.current?.focus();
  }, [focusRequest]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key.length === 1 && event.key !== ' ') {
      // A scanner (or a hurried person) typing the next barcode: into the field with it.
      event.preventDefault();
      onType(event.key);
      return;
    }
    if (event.key === 'Enter' && Date.now() - lastScanAt() < SCANNER_GAP_MS) event.preventDefault();
  };

  const isHold = result.outcome === 'ON_HOLD_SHELF';
  return (
    // The container only filters keys typed into the buttons it holds; it is not itself interactive.
    <div
      className={`desk-alert ${isHold ? 'desk-alert--hold' : 'desk-alert--transit'}`}
      role="alert"
      aria-labelledby="desk-alert-heading"
      aria-describedby="desk-alert-text"
      onKeyDown={onKeyDown}
      data-testid="desk-alert"
    >
      <h2 id="desk-alert-heading" className="desk-alert__heading">
        {isHold ? t('staff.checkin.alertHeading') : t('staff.checkin.alertTransitHeading')}
      </h2>
      <p id="desk-alert-text" className="desk-alert__text">
        {alertText(result, locale)}
      </p>
      <p className="desk-alert__book">
        <span className="desk-alert__title">{result.title.title}</span>{' '}
        <span className="table__mono">{result.barcode}</span>
      </p>
      <div className="desk-alert__actions">
        <button ref={buttonRef} type="button" className="button desk-alert__ack" onClick={onAcknowledge}>
          {t('staff.checkin.acknowledge')}
        </button>
        <button type="button" className="button button--secondary" onClick={onPrint}>
          {t('staff.checkin.printSlip')}
        </button>
      </div>
      <p
        className={waiting > 0 ? 'desk-alert__hint' : 'visually-hidden'}
        aria-live="polite"
        data-testid="desk-alert-waiting"
      >
        {waiting > 0 ? t('staff.checkin.waiting', { count: waiting }) : ''}
      </p>
    </div>
  );
}
