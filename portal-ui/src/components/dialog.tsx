import {
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
  type RefObject,
  type SyntheticEvent,
} from 'react';

const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(', ');

export interface DialogProps {
  /** The dialog's heading; it names the dialog (aria-labelledby). */
  title: ReactNode;
  /** The question or explanation under the heading; it describes the dialog (aria-describedby). */
  description?: ReactNode;
  onClose: () => void;
  children: ReactNode;
  /** Focused when the dialog opens (for a confirmation: the safe button); by default the first control. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** Where focus goes on close when the element that opened the dialog is gone or disabled by then. */
  fallbackFocus?: () => HTMLElement | null | undefined;
  /** While a request runs, Escape does nothing and the dialog is aria-busy. */
  busy?: boolean;
  /** `staff` for the librarian's dialogs (plainer look); the student's by default. */
  variant?: 'student' | 'staff';
}

function focusables(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (el) => !el.closest('[hidden]') && el.getAttribute('aria-hidden') !== 'true',
  );
}

function canTakeFocus(el: HTMLElement | null | undefined): el is HTMLElement {
  return !!el && el.isConnected && !el.closest('[inert]') && !el.matches(':disabled');
}

/**
 * The one modal dialog of the portal, on the native `<dialog>` (showModal): the page behind it is inert,
 * focus starts on `initialFocus` (or the first control) and stays inside (Tab wraps around), Escape closes
 * it unless busy, and on close focus goes back to the element that opened it (or `fallbackFocus`).
 * Rendered = open: the parent shows it by rendering it and closes it by not rendering it.
 */
export function Dialog({
  title,
  description,
  onClose,
  children,
  initialFocus,
  fallbackFocus,
  busy = false,
  variant = 'student',
}: DialogProps) {
  const titleId = useId();
  const descriptionId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  // The element that had focus when the dialog opened (the button that opened it).
  const [opener] = useState<HTMLElement | null>(() =>
    document.activeElement instanceof HTMLElement && document.activeElement !== document.body
      ? document.activeElement
      : null,
  );
  const latest = useRef({ onClose, fallbackFocus, busy });
  useEffect(() => {
    latest.current = { onClose, fallbackFocus, busy };
  }, [onClose, fallbackFocus, busy]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    const first = initialFocus?.current ?? focusables(dialog)[0] ?? dialog;
    first.focus();
    return () => {
      // Still in the page: not closed, React StrictMode re-runs the effect.
      if (dialog.isConnected) return;
      const back = canTakeFocus(opener) ? opener : latest.current.fallbackFocus?.();
      back?.focus();
    };
  }, [opener, initialFocus]);

  // Escape: the browser's cancel event; the parent decides (it stops rendering the dialog).
  const onCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    event.preventDefault();
    if (!latest.current.busy) latest.current.onClose();
  };

  // Closed by the browser after all (a second Escape may not be cancelable): open it again while busy.
  const onNativeClose = () => {
    const dialog = dialogRef.current;
    if (!dialog?.isConnected) return;
    if (latest.current.busy) dialog.showModal();
    else latest.current.onClose();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    const dialog = dialogRef.current;
    if (event.key !== 'Tab' || !dialog) return;
    const items = focusables(dialog);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) {
      event.preventDefault();
      dialog.focus();
      return;
    }
    const active = document.activeElement;
    if (event.shiftKey && (active === first || active === dialog)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={dialogRef}
      className={`dialog dialog--${variant}`}
      aria-labelledby={titleId}
      aria-describedby={description != null ? descriptionId : undefined}
      aria-busy={busy || undefined}
      tabIndex={-1}
      onCancel={onCancel}
      onClose={onNativeClose}
      onKeyDown={onKeyDown}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      {description != null ? (
        <div id={descriptionId} className="dialog__description">
          {description}
        </div>
      ) : null}
      {children}
    </dialog>
  );
}

/**
 * The buttons of a confirmation: the committing one, then the safe one (give `safeRef` to the dialog's
 * `initialFocus`, so Enter right after opening commits nothing). Both wait while `busy`.
 */
export function ConfirmActions({
  confirm,
  onConfirm,
  safe,
  onSafe,
  safeRef,
  busy,
  destructive = false,
}: {
  confirm: ReactNode;
  onConfirm: () => void;
  safe: ReactNode;
  onSafe: () => void;
  safeRef: Ref<HTMLButtonElement>;
  busy: boolean;
  destructive?: boolean;
}) {
  return (
    <div className="dialog-actions">
      <button
        type="button"
        className={destructive ? 'button button--destructive' : 'button'}
        disabled={busy}
        onClick={onConfirm}
      >
        {confirm}
      </button>
      <button
        ref={safeRef}
        type="button"
        className="button button--secondary"
        disabled={busy}
        onClick={onSafe}
      >
        {safe}
      </button>
    </div>
  );
}

/** The buttons of a form in a dialog: submit (waits while `busy`), then close without saving. */
export function SubmitActions({
  submit,
  busy,
  close,
  onClose,
}: {
  submit: ReactNode;
  busy: boolean;
  close: ReactNode;
  onClose: () => void;
}) {
  return (
    <div className="dialog-actions">
      <button type="submit" className="button" disabled={busy}>
        {submit}
      </button>
      <button type="button" className="button button--secondary" onClick={onClose}>
        {close}
      </button>
    </div>
  );
}
