import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, type RefObject } from 'react';
import { useForm, type FieldValues, type UseFormProps } from 'react-hook-form';
import { z } from 'zod';
import { useI18n, type MessageKey } from './i18n';
import './zod-config';

/** A validation message of a schema: a message key, translated when shown (so the language switch works). */
export function messageKey(key: MessageKey): MessageKey {
  return key;
}

/**
 * A react-hook-form form checked by a zod schema (whose messages are `messageKey`s). Checked on submit,
 * again on each change once submitted; focus goes to the first wrong field.
 */
export function useSchemaForm<Input extends FieldValues, Output>(
  schema: z.ZodType<Output, Input>,
  options: Omit<UseFormProps<Input, unknown, Output>, 'resolver'> = {},
) {
  return useForm<Input, unknown, Output>({
    resolver: zodResolver(schema),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: true,
    ...options,
  });
}

/** The words for a field's error from the schema (its message is a message key). */
export function useFieldError(): (error: { message?: string } | undefined) => string | null {
  const { t } = useI18n();
  return (error) => (error?.message ? t(error.message as MessageKey) : null);
}

/** An optional end date (yyyy-mm-dd, empty for none) that may not lie before `today`. */
export function untilSchema(today: string) {
  return z.string().refine((value) => !value || value >= today, messageKey('staff.block.untilPast'));
}

/** Focus an outcome (a result heading, a saved note) once React has shown it. */
export function focusWhenShown(target: RefObject<HTMLElement | null>): void {
  window.setTimeout(() => target.current?.focus(), 0);
}

/**
 * Focus `target` when a request's outcome is shown: `shown` for the outcome, `submittedAt` of the
 * mutation so each new outcome moves focus again.
 */
export function useFocusWhen(shown: boolean, submittedAt: number, target: RefObject<HTMLElement | null>) {
  useEffect(() => {
    if (shown) target.current?.focus();
  }, [shown, submittedAt, target]);
}

/** An optional free-text reason, trimmed, at most `max` characters. */
export function reasonSchema(max: number, tooLong: MessageKey) {
  return z.string().trim().max(max, messageKey(tooLong));
}
