import { useRef } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Field } from '../../../components/field';
import { ApiError } from '../../../lib/api-client';
import { useSession } from '../../../lib/auth-store';
import { useFieldError, useFocusWhen, useSchemaForm } from '../../../lib/forms';
import { useI18n } from '../../../lib/i18n';
import { problemMessage } from '../../../lib/problem-messages';
import { safeReturnTo } from '../../../lib/return-to';
import { STAFF_BASE_PATH } from '../../../lib/staff';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useLogin } from '../api/use-login';
import { loginSchema } from './login-schema';

/** /inloggen?returnTo=/titels/12; reached from a staff page (/balie/…) it speaks to staff, not to a child. */
export function LoginPage() {
  const { t, locale } = useI18n();
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo'));
  const forStaff = returnTo === STAFF_BASE_PATH || returnTo.startsWith(`${STAFF_BASE_PATH}/`);
  const navigate = useNavigate();
  const session = useSession();
  const login = useLogin();
  const form = useSchemaForm(loginSchema, { defaultValues: { username: '', password: '' } });
  const errors = form.formState.errors;
  const errorText = useFieldError();
  const failureRef = useRef<HTMLDivElement>(null);
  useDocumentTitle(t('login.title'));
  // Refused (wrong password, too many attempts): focus goes to the message.
  useFocusWhen(login.isError, login.submittedAt, failureRef);

  const submit = form.handleSubmit((values) =>
    login.mutate(values, {
      onSuccess: () => navigate(returnTo, { replace: true }),
    }),
  );

  if (session && !login.isSuccess) {
    return (
      <div className="page page--narrow">
        <h1>{t('login.title')}</h1>
        <p>{t('login.already', { name: session.user.displayName })}</p>
        <p>
          <Link className="button" to={returnTo}>
            {t('login.continue')}
          </Link>
        </p>
      </div>
    );
  }

  const failure = login.error;
  return (
    <div className="page page--narrow">
      <h1>{t('login.title')}</h1>
      <p className="lead">{forStaff ? t('login.introStaff') : t('login.intro')}</p>
      {failure ? (
        <div ref={failureRef} tabIndex={-1} className="alert alert--error" role="alert">
          <p>{problemMessage(failure, locale)}</p>
          {failure instanceof ApiError && failure.code === 'TOO_MANY_ATTEMPTS' && failure.retryAfter ? (
            <p>{t('login.retryAfter', { seconds: failure.retryAfter })}</p>
          ) : null}
        </div>
      ) : null}
      <form className="form" onSubmit={submit} noValidate>
        <Field label={t('login.username')} error={errorText(errors.username)} required id="login-username">
          {(control) => (
            <input
              {...control}
              {...form.register('username')}
              type="text"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
            />
          )}
        </Field>
        <Field label={t('login.password')} error={errorText(errors.password)} required id="login-password">
          {(control) => (
            <input
              {...control}
              {...form.register('password')}
              type="password"
              autoComplete="current-password"
            />
          )}
        </Field>
        <button type="submit" className="button" disabled={login.isPending}>
          {login.isPending ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
    </div>
  );
}
