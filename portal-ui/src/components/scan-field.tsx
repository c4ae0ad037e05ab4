import type { HTMLAttributes, ReactNode, Ref } from 'react';

/** The most characters the field takes (twice the longest barcode, so an over-long scan is seen, not cut). */
export const SCAN_FIELD_MAX_LENGTH = 40;

export interface ScanFieldProps {
  /** The input's id; the error paragraph gets `${id}-error`. */
  id: string;
  name: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  inputRef: Ref<HTMLInputElement>;
  submitLabel: string;
  /** Already translated; when set, the input is marked invalid and described by it. */
  error?: string | null;
  disabled?: boolean;
  autoCapitalize?: string;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
}

/**
 * The desk's scan field (barcode or card number): label, a text input a hand scanner can type into followed by its
 * submit button, and the error under it. Used by check-in, check-out and the copy lookup; the surrounding form
 * (`form desk-scan`) stays with the page.
 */
export function ScanField({
  id,
  name,
  label,
  value,
  onChange,
  inputRef,
  submitLabel,
  error,
  disabled,
  autoCapitalize,
  inputMode,
}: ScanFieldProps) {
  const errorId = `${id}-error`;
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <div className="desk-scan__row">
        <input
          ref={inputRef}
          id={id}
          name={name}
          type="text"
          className="desk-scan__input"
          inputMode={inputMode}
          autoComplete="off"
          autoCapitalize={autoCapitalize}
          spellCheck={false}
          maxLength={SCAN_FIELD_MAX_LENGTH}
          value={value}
          disabled={disabled}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
        <button type="submit" className="button" disabled={disabled}>
          {submitLabel}
        </button>
      </div>
      {error ? (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
