import { useRef } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { z } from 'zod';
import { Field } from '../../../components/field';
import { ApiError } from '../../../lib/api-client';
import { useSession } from '../../../lib/auth-store';
import { messageKey, useFieldError, useFocusWhen, useSchemaForm } from '../../../lib/forms';
import { useI18n } from '../../../lib/i18n';
import { problemMessage } from '../../../lib/problem-messages';
import { HOME_PATH, PASSWORD_PATH, safeReturnTo } from '../../../lib/return-to';
import { isStaffRole, STAFF_BASE_PATH } from '../../../lib/staff';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useChangePassword } from '../api/use-change-password';

function passwordSchema(username: string) {
  return z
    .object({
      currentPassword: z
        .string()
        .refine((value) => value.trim() !== '', messageKey('password.currentRequired'))
        .refine((value) => value.length <= 200, messageKey('login.passwordTooLong')),
      newPassword: z
        .string()
        .min(8, messageKey('password.tooShort'))
        .max(200, messageKey('login.passwordTooLong'))
        .refine(
          (value) => value.trim().toLowerCase() !== username.toLowerCase(),
          messageKey('password.sameAsUsername'),
        ),
      repeat: z.string(),
    })
    .refine((value) => value.newPassword === value.repeat, {
      path: ['repeat'],
      message: messageKey('password.notSame'),
    })
    .refine((value) => value.newPassword !== value.currentPassword, {
      path: ['newPassword'],
      message: messageKey('password.sameAsCurrent'),
    });
}

/**
 * /mijn-gegevens/wachtwoord — choose your own password. Logged in with a start code (a student) or a temporary
 * password (staff), the portal shows only this page until the new password is chosen, and says why.
 */
export function PasswordPage() {
  const { t, locale } = useI18n();
  useDocumentTitle(t('password.title'));
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const change = useChangePassword();
  const user = session?.user;
  const mustChange = !!user?.mustChangePassword;
  const isStudent = user?.role === 'STUDENT';
  const form = useSchemaForm(passwordSchema(user?.username ?? ''), {
    defaultValues: { currentPassword: '', newPassword: '', repeat: '' },
  });
  const errors = form.formState.errors;
  const errorText = useFieldError();
  const failureRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  useFocusWhen(change.isError, change.submittedAt, failureRef);
  useFocusWhen(change.isSuccess && !mustChange, change.submittedAt, doneRef);
  const code = change.error instanceof ApiError ? change.error.code : null;

  const submit = form.handleSubmit(({ currentPassword, newPassword }) =>
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          form.reset();
          if (!mustChange) return;
          const back = safeReturnTo(params.get('returnTo'));
          const home = isStaffRole(user?.role) ? STAFF_BASE_PATH : HOME_PATH;
          navigate(back === HOME_PATH || back.startsWith(PASSWORD_PATH) ? home : back, {
            replace: true,
            state: { passwordChanged: true },
          });
        },
      },
    ),
  );

  const currentLabel = !mustChange
    ? t('password.current')
    : isStudent
      ? t('password.startCode')
      : t('password.temporary');

  return (
    <div className="page page--narrow password-page">
      <h1>{mustChange ? t('password.chooseTitle') : t('password.title')}</h1>
      {mustChange ? (
        <p className="alert alert--warning" data-testid="must-change">
          {isStudent ? t('password.mustChangeStudent') : t('password.mustChangeStaff')}
        </p>
      ) : (
        <p className="lead">{t('password.intro')}</p>
      )}
      {change.isError ? (
        <div ref={failureRef} tabIndex={-1} className="alert alert--error" role="alert">
          <p>{problemMessage(change.error, locale)}</p>
        </div>
      ) : null}
      <form className="form" onSubmit={submit} noValidate>
        <Field
          id="password-current"
          label={currentLabel}
          error={
            errorText(errors.currentPassword) ??
            (code === 'CURRENT_PASSWORD_WRONG' ? t('problem.CURRENT_PASSWORD_WRONG') : null)
          }
          required
        >
          {(control) => (
            <input
              {...control}
              {...form.register('currentPassword')}
              type={mustChange && isStudent ? 'text' : 'password'}
              autoComplete={mustChange && isStudent ? 'off' : 'current-password'}
              autoCapitalize="none"
              spellCheck={false}
            />
          )}
        </Field>
        <Field
          id="password-new"
          label={t('password.new')}
          hint={t('password.rules')}
          error={
            errorText(errors.newPassword) ??
            (code === 'PASSWORD_TOO_WEAK' ? t('problem.PASSWORD_TOO_WEAK') : null)
          }
          required
        >
          {(control) => (
            <input
              {...control}
              {...form.register('newPassword')}
              type="password"
              autoComplete="new-password"
            />
          )}
        </Field>
        <Field id="password-repeat" label={t('password.repeat')} error={errorText(errors.repeat)} required>
          {(control) => (
            <input {...control} {...form.register('repeat')} type="password" autoComplete="new-password" />
          )}
        </Field>
        <button type="submit" className="button" disabled={change.isPending}>
          {t('password.submit')}
        </button>
        <p ref={doneRef} className="staff-panel__saved" role="status" tabIndex={-1}>
          {change.isSuccess && !mustChange ? t('password.changed') : ''}
        </p>
      </form>
    </div>
  );
}
