import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useSearchParams } from 'react-router-dom';
import { QueueLink } from '../../../components/queue-link';
import { SCAN_FIELD_MAX_LENGTH, ScanForm } from '../../../components/scan-field';
import type { CheckinResult } from '../../../lib/api';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { forgetKept, keepForUser, keptForUser } from '../../../lib/kept-for-user';
import { formatDeskTime } from '../../../lib/staff';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCheckin } from '../api/use-checkin';
import { alertText, checkinErrorText, loanText, needsAcknowledgement, outcomeText } from './checkin-wording';
import { DeskAlert } from './desk-alert';
import { DeskLocation } from './desk-location';
import {
  nextRowId,
  sessionEnded,
  unreachable,
  useDeskUser,
  useKeptRows,
  useRetryWhileOffline,
} from './desk-memory';
import { DeskOffline } from './desk-offline';
import { DeskSession, LatestOutcome, SessionRow } from './desk-session';
import { useDeskSound } from './desk-sound';
import { HoldSlip } from './hold-slip';

const MAX_BARCODE = 20;
const KEPT_ROWS = 'checkin.rows';
const KEPT_SCANS = 'checkin.scans';

type DeskRow =
  | { id: number; at: string; barcode: string; kind: 'ok'; result: CheckinResult }
  | { id: number; at: string; barcode: string; kind: 'error'; error: unknown };

type FieldError = { kind: 'validation'; key: MessageKey } | { kind: 'api'; barcode: string; error: unknown };

/**
 * /balie/innemen — the check-in desk. A scanner types the barcode and Enter; each check-in adds a row
 * (newest first) saying what to do with the book. A book that fills a reservation raises an alert (above the
 * field, so it is in view on a small screen, with a beep that can be switched off) that must be acknowledged
 * ("Gezien"). Scans made while a check-in is under way or while the alert is open are queued, never lost: they
 * show as waiting rows with their barcode and are checked in, in order, once the alert is acknowledged.
 * The list survives a new login of the same person; scans that met an ended session are checked in right after it,
 * and scans made while the service cannot be reached wait (the desk says so) and are tried again.
 */
export function CheckinPage() {
  const { t, locale } = useI18n();
  useDocumentTitle(t('staff.checkin.title'));
  const [params] = useSearchParams();
  const [value, setValue] = useState(() => (params.get('barcode') ?? '').slice(0, MAX_BARCODE));
  const user = useDeskUser();
  const [rows, setRows] = useKeptRows<DeskRow>(KEPT_ROWS, user.id);
  const [resumed] = useState(() => keptForUser(user.id, KEPT_SCANS));
  const [offline, setOffline] = useState(false);
  const [fieldError, setFieldError] = useState<FieldError | null>(null);
  const [alertRowId, setAlertRowId] = useState<number | null>(null);
  const [slipRowId, setSlipRowId] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [waiting, setWaiting] = useState<{ id: number; barcode: string }[]>([]);
  const [focusRequest, setFocusRequest] = useState(0);
  const [focusAlert, setFocusAlert] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const queue = useRef<{ id: number; barcode: string }[]>([]);
  const lastScanAt = useRef(0);
  const running = useRef(false);
  const blocked = useRef(false);
  const nextId = useRef(nextRowId(rows));
  const { mutateAsync: checkIn } = useCheckin();
  const sound = useDeskSound();
  const { beep } = sound;

  // Back to the field after an alert was acknowledged (it was disabled while the alert was open).
  useEffect(() => {
    if (focusRequest > 0) inputRef.current?.focus();
  }, [focusRequest]);

  const drain = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    try {
      while (!blocked.current && queue.current.length > 0) {
        const { id, barcode } = queue.current[0] as { id: number; barcode: string };
        setBusy(true);
        const at = new Date().toISOString();
        try {
          const result = await checkIn({ barcode });
          setOffline(false);
          queue.current.shift();
          setWaiting([...queue.current]);
          setRows((current) => [{ id, at, barcode: result.barcode, kind: 'ok', result }, ...current]);
          setFieldError(null);
          if (needsAcknowledgement(result)) {
            blocked.current = true;
            setAlertRowId(id);
            setSlipRowId(id);
            beep();
          }
        } catch (error) {
          if (unreachable(error)) {
            setOffline(true);
            break;
          }
          if (sessionEnded(error)) {
            // The portal goes to the login page: these scans are checked in when this person is back.
            keepForUser(
              user.last.current,
              KEPT_SCANS,
              queue.current.map((scan) => scan.barcode),
            );
            queue.current = [];
            break;
          }
          queue.current.shift();
          setWaiting([...queue.current]);
          setRows((current) => [{ id, at, barcode, kind: 'error', error }, ...current]);
          setFieldError({ kind: 'api', barcode, error });
        }
      }
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, [checkIn, beep, setRows, user.last]);

  const enqueue = useCallback((barcode: string) => {
    queue.current.push({ id: nextId.current++, barcode });
    setWaiting([...queue.current]);
  }, []);

  // Scans that met an ended session: checked in now that the same person is logged in again.
  useEffect(() => {
    forgetKept(KEPT_SCANS);
    if (!Array.isArray(resumed) || resumed.length === 0) return;
    for (const barcode of resumed) if (typeof barcode === 'string') enqueue(barcode);
    void drain();
  }, [resumed, enqueue, drain]);

  const retry = useCallback(() => void drain(), [drain]);
  useRetryWhileOffline(offline, retry);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    inputRef.current?.focus();
    const barcode = value.trim();
    if (!barcode) return setFieldError({ kind: 'validation', key: 'staff.checkin.barcodeRequired' });
    if (barcode.length > MAX_BARCODE) {
      return setFieldError({ kind: 'validation', key: 'staff.checkin.barcodeTooLong' });
    }
    setValue('');
    setFieldError(null);
    sound.prime();
    enqueue(barcode);
    // While the alert is open the scan waits; the focus goes back to "Gezien", so Enter acknowledges.
    if (blocked.current) {
      lastScanAt.current = Date.now();
      setFocusAlert((n) => n + 1);
    }
    void drain();
  };

  // A key typed into the alert belongs in the barcode field (a scanner does not know the alert is there).
  const typeIntoField = (key: string) => {
    flushSync(() => setValue((current) => (current + key).slice(0, SCAN_FIELD_MAX_LENGTH)));
    inputRef.current?.focus();
  };

  const acknowledge = () => {
    blocked.current = false;
    setAlertRowId(null);
    setFocusRequest((n) => n + 1);
    void drain();
  };

  const print = (rowId: number) => {
    flushSync(() => setSlipRowId(rowId));
    window.print();
  };

  const alertRow = rows.find((row) => row.id === alertRowId && row.kind === 'ok');
  const slipRow = rows.find((row) => row.id === slipRowId && row.kind === 'ok');
  const latest = rows[0];
  const errorText =
    fieldError?.kind === 'validation'
      ? t(fieldError.key)
      : fieldError?.kind === 'api'
        ? checkinErrorText(fieldError.error, fieldError.barcode, locale)
        : null;

  return (
    <div className={`page desk${slipRow ? ' desk--has-slip' : ''}`}>
      <div className="desk__screen">
        <h1>{t('staff.checkin.title')}</h1>
        <DeskLocation />
        {alertRow && alertRow.kind === 'ok' ? (
          <DeskAlert
            key={alertRow.id}
            result={alertRow.result}
            waiting={waiting.length}
            focusRequest={focusAlert}
            lastScanAt={() => lastScanAt.current}
            onAcknowledge={acknowledge}
            onPrint={() => print(alertRow.id)}
            onType={typeIntoField}
          />
        ) : (
          <p className="lead">{t('staff.checkin.intro')}</p>
        )}
        {offline ? <DeskOffline waiting={waiting.map((scan) => scan.barcode)} /> : null}

        <ScanForm
          onSubmit={submit}
          id="checkin-barcode"
          name="barcode"
          label={t('staff.checkin.barcode')}
          value={value}
          onChange={setValue}
          inputRef={inputRef}
          submitLabel={t('staff.checkin.submit')}
          error={errorText}
          autoCapitalize="characters"
          status={busy && !alertRow && !offline ? t('staff.checkin.busy') : ''}
        />
        {/* Outside the form: Enter on the switch must not send the (empty) scan field. */}
        <label className="desk-scan__sound">
          <input
            type="checkbox"
            role="switch"
            checked={sound.enabled}
            onChange={(event) => sound.setEnabled(event.target.checked)}
          />
          {t('staff.checkin.sound')}
        </label>

        <LatestOutcome
          text={
            latest && latest.kind === 'ok' && !needsAcknowledgement(latest.result)
              ? `${latest.result.title.title}: ${outcomeText(latest.result, locale)}`
              : ''
          }
        />

        <DeskSession
          id="checkin"
          heading={t('staff.checkin.sessionHeading')}
          header={
            rows.length > 0 ? (
              <>
                <span className="tag">
                  {t('staff.checkin.sessionCount', { count: rows.filter((r) => r.kind === 'ok').length })}
                </span>
                {!alertRow ? (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => {
                      setRows([]);
                      setSlipRowId(null);
                      setFocusRequest((n) => n + 1);
                    }}
                  >
                    {t('staff.checkin.clearSession')}
                  </button>
                ) : null}
              </>
            ) : null
          }
          emptyText={rows.length === 0 && waiting.length === 0 ? t('staff.checkin.sessionEmpty') : null}
        >
          {[...waiting].reverse().map((scan) => (
            <SessionRow key={scan.id} kind="pending" time={null} testId="checkin-pending">
              <p className="desk-row__what">
                {offline
                  ? t('staff.desk.offlinePending')
                  : alertRow
                    ? t('staff.checkin.pending')
                    : t('staff.checkin.busy')}
              </p>
              <p className="desk-row__meta">
                <span className="table__mono">{scan.barcode}</span>
              </p>
            </SessionRow>
          ))}
          {rows.map((row) => (
            <CheckinRowItem key={row.id} row={row} onPrint={() => print(row.id)} />
          ))}
        </DeskSession>
      </div>
      {slipRow && slipRow.kind === 'ok' ? <HoldSlip result={slipRow.result} /> : null}
    </div>
  );
}

function CheckinRowItem({ row, onPrint }: { row: DeskRow; onPrint: () => void }) {
  const { t, locale } = useI18n();
  const time = formatDeskTime(row.at, locale);
  if (row.kind === 'error') {
    return (
      <SessionRow kind="error" time={time}>
        <p className="desk-row__what">{checkinErrorText(row.error, row.barcode, locale)}</p>
      </SessionRow>
    );
  }
  const { result } = row;
  const alert = alertText(result, locale);
  return (
    <SessionRow
      kind={result.outcome.toLowerCase().replaceAll('_', '-')}
      time={time}
      actions={
        <>
          {result.alert ? (
            <button type="button" className="button button--secondary button--small" onClick={onPrint}>
              {t('staff.checkin.printSlip')}
            </button>
          ) : null}
          <QueueLink className="button button--secondary button--small" title={result.title} />
        </>
      }
    >
      <p className="desk-row__what">{outcomeText(result, locale)}</p>
      {alert ? <p className="desk-row__alert">{alert}</p> : null}
      <p className="desk-row__meta">
        <span className="desk-row__title">{result.title.title}</span>
        <span className="table__mono">{result.barcode}</span>
        <span className={result.returnedLoan?.overdue ? 'desk-row__overdue' : undefined}>
          {loanText(result, locale)}
        </span>
      </p>
    </SessionRow>
  );
}
