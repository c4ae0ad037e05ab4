import { useId, type ReactNode } from 'react';

/** What `<Field>` hands its control: the id and the wiring to the label, hint and error. */
export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  'aria-required'?: true;
}

export interface FieldProps {
  label: ReactNode;
  /** Shown under the label and read with the control. */
  hint?: ReactNode;
  /** The message (already in words) when the value is wrong; marks the control invalid. */
  error?: string | null;
  /** A marker after the label (styles.css, not read aloud); the control is aria-required. */
  required?: boolean;
  /** `checkbox`: the control before its label, on one line. */
  kind?: 'text' | 'checkbox';
  /** A fixed id for the control (e.g. for a test or a link to it); generated otherwise. */
  id?: string;
  /** The error is announced when it appears (role=alert): for a field that keeps the focus, like a scan field. */
  announce?: boolean;
  /** The control, given its id and aria attributes to spread on it. */
  children: (control: FieldControlProps) => ReactNode;
}

/** One form field: label, optional hint and error, wired to the control by id and aria-describedby. */
export function Field({
  label,
  hint,
  error,
  required = false,
  kind = 'text',
  id,
  announce = false,
  children,
}: FieldProps) {
  const generated = useId();
  const controlId = id ?? generated;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const describedBy = [hint != null ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  const control = children({
    id: controlId,
    'aria-describedby': describedBy || undefined,
    'aria-invalid': error ? true : undefined,
    'aria-required': required ? true : undefined,
  });
  const hintElement =
    hint != null ? (
      <p id={hintId} className="hint field__hint">
        {hint}
      </p>
    ) : null;
  const labelElement = <label htmlFor={controlId}>{label}</label>;
  return (
    <div
      className={['field', kind === 'checkbox' ? 'field--checkbox' : '', required ? 'field--required' : '']
        .join(' ')
        .trim()}
    >
      {kind === 'checkbox' ? (
        <>
          {control}
          {labelElement}
          {hintElement}
        </>
      ) : (
        <>
          {labelElement}
          {hintElement}
          {control}
        </>
      )}
      {error ? (
        <p id={errorId} className="field__error" role={announce ? 'alert' : undefined}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
