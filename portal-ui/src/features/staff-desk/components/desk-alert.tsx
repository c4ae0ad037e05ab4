import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { CheckinResult } from '../../../lib/api';
import { useI18n } from '../../../lib/i18n';
import { alertText } from './checkin-wording';

/** Keys typed this soon before an Enter mean a scanner is typing, not a person acknowledging. */
const SCANNER_GAP_MS = 800;

/**
 * The "Gereserveerd voor …" alert after a check-in that fills a reservation. It takes the focus (so a
 * screen reader reads it at once) and stays until "Gezien" is pressed. A scanner typing into it (the next
 * barcode and its Enter) does not acknowledge it: the person at the desk must have seen it.
 */
export function DeskAlert({
  result,
  onAcknowledge,
  onPrint,
}: {
  result: CheckinResult;
  onAcknowledge: () => void;
  onPrint: () => void;
}) {
  const { t, locale } = useI18n();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const lastTypedAt = useRef(0);
  const [scanBlocked, setScanBlocked] = useState(false);

  useEffect(() => {
    buttonRef.current?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key.length === 1 && event.key !== ' ') {
      // A scanner (or a hurried person) typing the next barcode: swallow it and say why.
      event.preventDefault();
      lastTypedAt.current = Date.now();
      setScanBlocked(true);
      return;
    }
    if (event.key === 'Enter' && Date.now() - lastTypedAt.current < SCANNER_GAP_MS) {
      event.preventDefault();
      setScanBlocked(true);
    }
  };

  const isHold = result.outcome === 'ON_HOLD_SHELF';
  return (
    // The container only filters keys typed into the buttons it holds; it is not itself interactive.
    <div
      className={`desk-alert ${isHold ? 'desk-alert--hold' : 'desk-alert--transit'}`}
      role="alertdialog"
      aria-modal="false"
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
      {scanBlocked ? (
        <p className="desk-alert__hint" role="alert">
          {t('staff.checkin.acknowledgeFirst')}
        </p>
      ) : null}
    </div>
  );
}
