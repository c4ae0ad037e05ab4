import { useEffect, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';

const FOCUSABLE =
  'a[href], button:not([disabled]), textarea:not([disabled]), input:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog for the staff views: rendered over the page, the rest of the page inert while it is open, focus
 * moved into it (to `initialFocus` or the first focusable element), kept inside with Tab, Escape closes it,
 * and focus goes back to the button that opened it (or to `fallbackFocus` when that one is gone or disabled,
 * e.g. after a move to the top of the queue).
 */
export function StaffDialog({
  titleId,
  describedBy,
  onClose,
  initialFocus,
  fallbackFocus,
  children,
}: {
  titleId: string;
  describedBy?: string;
  onClose: () => void;
  initialFocus?: RefObject<HTMLElement | null>;
  fallbackFocus?: () => HTMLElement | null;
  children: ReactNode;
}) {
  const dialogRef = useRef<HTMLDivElement>(null);
  const fallbackRef = useRef(fallbackFocus);
  const openerRef = useRef<HTMLElement | null>(null);
  const initialFocusRef = useRef(initialFocus);

  useEffect(() => {
    fallbackRef.current = fallbackFocus;
  }, [fallbackFocus]);

  useEffect(() => {
    // Remember the opener once (React StrictMode runs this effect twice; the second time focus is inside).
    if (!openerRef.current && document.activeElement instanceof HTMLElement) {
      openerRef.current = document.activeElement;
    }
    const opener = openerRef.current;
    const dialog = dialogRef.current;
    const others = Array.from(document.body.children).filter(
      (element): element is HTMLElement =>
        element instanceof HTMLElement && !element.contains(dialog) && !element.hasAttribute('inert'),
    );
    for (const element of others) element.setAttribute('inert', '');
    const target =
      initialFocusRef.current?.current ?? dialog?.querySelector<HTMLElement>(FOCUSABLE) ?? dialog;
    target?.focus();
    return () => {
      for (const element of others) element.removeAttribute('inert');
      // After React has updated the page (a row may be gone), put focus back.
      window.setTimeout(() => {
        if (dialog?.isConnected) return; // not really closed (React StrictMode re-runs effects)
        if (opener && opener.isConnected && !opener.closest('[inert]') && !opener.matches(':disabled')) {
          opener.focus();
        } else {
          fallbackRef.current?.()?.focus();
        }
      }, 0);
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab') return;
    const focusable = Array.from(dialogRef.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? []);
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return createPortal(
    <div className="staff-dialog-backdrop">
      <div
        ref={dialogRef}
        className="staff-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={describedBy}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        {children}
      </div>
    </div>,
    document.body,
  );
}
