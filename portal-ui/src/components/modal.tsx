import {
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { createPortal } from 'react-dom';

const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(', ');

export interface ModalProps {
  /** The dialog's heading; it names the dialog for screen readers. */
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
  /** Focused when the dialog opens; by default the first field, link or button inside. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** Where focus goes on close when the element that opened the dialog is gone by then. */
  fallbackFocus?: () => HTMLElement | null | undefined;
  /** Id of the text that describes the dialog (the question it asks). */
  describedBy?: string;
  /** While a request runs, Escape and a click next to the dialog do nothing. */
  busy?: boolean;
}

function focusables(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (el) => !el.closest('[hidden]') && el.getAttribute('aria-hidden') !== 'true',
  );
}

/**
 * An accessible modal dialog: rendered over the page in a portal, the rest of the page inert, focus
 * kept inside (Tab wraps around), Escape closes, and focus goes back to whatever opened it.
 */
export function Modal({
  title,
  onClose,
  children,
  initialFocus,
  fallbackFocus,
  describedBy,
  busy = false,
}: ModalProps) {
  const titleId = useId();
  const hostRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  // The element that had focus when the dialog opened (the button that opened it).
  const [opener] = useState<HTMLElement | null>(() =>
    document.activeElement instanceof HTMLElement && document.activeElement !== document.body
      ? document.activeElement
      : null,
  );
  const fallbackRef = useRef(fallbackFocus);
  useEffect(() => {
    fallbackRef.current = fallbackFocus;
  }, [fallbackFocus]);

  useEffect(() => {
    const host = hostRef.current;
    const panel = panelRef.current;
    const background = Array.from(document.body.children).filter(
      (el) => el !== host && !el.hasAttribute('inert'),
    );
    for (const el of background) el.setAttribute('inert', '');
    const overflow = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    const first = initialFocus?.current ?? (panel ? focusables(panel)[0] : null) ?? panel;
    first?.focus();
    return () => {
      for (const el of background) el.removeAttribute('inert');
      document.body.style.overflow = overflow;
      const back = opener?.isConnected ? opener : fallbackRef.current?.();
      back?.focus();
    };
  }, [opener, initialFocus]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      if (!busy) onClose();
      return;
    }
    if (event.key !== 'Tab' || !panelRef.current) return;
    const items = focusables(panelRef.current);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) {
      event.preventDefault();
      panelRef.current.focus();
      return;
    }
    const active = document.activeElement;
    if (event.shiftKey && (active === first || active === panelRef.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return createPortal(
    <div ref={hostRef} className="modal" onKeyDown={onKeyDown}>
      <div className="modal__backdrop" aria-hidden="true" onClick={() => (busy ? undefined : onClose())} />
      <div
        ref={panelRef}
        className="modal__panel"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={describedBy}
        tabIndex={-1}
      >
        <h2 id={titleId} className="modal__title">
          {title}
        </h2>
        {children}
      </div>
    </div>,
    document.body,
  );
}
