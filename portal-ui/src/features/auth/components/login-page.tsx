import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError } from '../../../lib/api-client';
import { useSession } from '../../../lib/auth-store';
import { useI18n } from '../../../lib/i18n';
import { problemMessage } from '../../../lib/problem-messages';
import { safeReturnTo } from '../../../lib/return-to';
import { STAFF_BASE_PATH } from '../../../lib/staff';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useLogin } from '../api/use-login';
import { validateLogin, type LoginErrors } from './validate-login';

/** /inloggen?returnTo=/titels/12; reached from a staff page (/balie/…) it speaks to staff, not to a child. */
export function LoginPage() {
  const { t, locale } = useI18n();
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo'));
  const forStaff = returnTo === STAFF_BASE_PATH || returnTo.startsWith(`${STAFF_BASE_PATH}/`);
  const navigate = useNavigate();
  const session = useSession();
  const login = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<LoginErrors>({});
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  useDocumentTitle(t('login.title'));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateLogin({ username, password });
    setErrors(found);
    if (found.username) return usernameRef.current?.focus();
    if (found.password) return passwordRef.current?.focus();
    login.mutate(
      { username: username.trim(), password },
      { onSuccess: () => navigate(returnTo, { replace: true }) },
    );
  };

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
        <div className="alert alert--error" role="alert">
          <p>{problemMessage(failure, locale)}</p>
          {failure instanceof ApiError && failure.code === 'TOO_MANY_ATTEMPTS' && failure.retryAfter ? (
            <p>{t('login.retryAfter', { seconds: failure.retryAfter })}</p>
          ) : null}
        </div>
      ) : null}
      <form className="form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="login-username">{t('login.username')}</label>
          <input
            ref={usernameRef}
            id="login-username"
            name="username"
            type="text"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={username}
            onChange={(event) => setUsername(event.target.value)}
            aria-invalid={errors.username ? true : undefined}
            aria-describedby={errors.username ? 'login-username-error' : undefined}
          />
          {errors.username ? (
            <p id="login-username-error" className="field__error">
              {t(errors.username)}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="login-password">{t('login.password')}</label>
          <input
            ref={passwordRef}
            id="login-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            aria-invalid={errors.password ? true : undefined}
            aria-describedby={errors.password ? 'login-password-error' : undefined}
          />
          {errors.password ? (
            <p id="login-password-error" className="field__error">
              {t(errors.password)}
            </p>
          ) : null}
        </div>
        <button type="submit" className="button" disabled={login.isPending}>
          {login.isPending ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
    </div>
  );
}
