import type { FormEvent, HTMLAttributes, ReactNode, RefObject } from 'react';
import { useFocusOnMount } from '../lib/use-focus-on-mount';
import { Field } from './field';

/** The most characters the field takes (twice the longest barcode, so an over-long scan is seen, not cut). */
export const SCAN_FIELD_MAX_LENGTH = 40;

export interface ScanFieldProps {
  /** The input's id; the error paragraph gets `${id}-error`. */
  id: string;
  name: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  inputRef: RefObject<HTMLInputElement | null>;
  submitLabel: string;
  /** Already translated; when set, the input is marked invalid and described by it. */
  error?: string | null;
  disabled?: boolean;
  autoCapitalize?: string;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
}

/**
 * The desk's scan field (barcode or card number): a `<Field>` whose control is a text input a hand scanner can type
 * into, followed by its submit button; its error is announced, as the focus stays in the field.
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
  return (
    <Field id={id} label={label} error={error} announce>
      {(control) => (
        <div className="desk-scan__row">
          <input
            {...control}
            ref={inputRef}
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
          />
          <button type="submit" className="button" disabled={disabled}>
            {submitLabel}
          </button>
        </div>
      )}
    </Field>
  );
}

export interface ScanFormProps extends ScanFieldProps {
  onSubmit: (event: FormEvent) => void;
  /** What the desk is doing, under the field (said in words; empty when idle). Left out: no status line. */
  status?: string;
  /** Shown in the form before the scan field (e.g. a choice of what is scanned). */
  children?: ReactNode;
}

/**
 * The desk's scan form (check-in, check-out, the copy lookup): the scan field, focused when the page opens, and
 * the status line under it.
 */
export function ScanForm({ onSubmit, status, children, ...field }: ScanFormProps) {
  useFocusOnMount(field.inputRef);
  return (
    <form className="form desk-scan" onSubmit={onSubmit} noValidate>
      {children}
      <ScanField {...field} />
      {status !== undefined ? <p className="desk-scan__status">{status}</p> : null}
    </form>
  );
}
