import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { z } from 'zod';
import { Field } from '../../../components/field';
import { Loading, ProblemAlert } from '../../../components/status';
import { ApiError, LOGIN_PATH } from '../../../lib/api-client';
import { messageKey, useFieldError, useFocusWhen, useSchemaForm } from '../../../lib/forms';
import { useI18n } from '../../../lib/i18n';
import { problemMessage } from '../../../lib/problem-messages';
import { adminPaths } from '../../../lib/staff';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCreateAdministrator, useSetupStatus } from '../api/use-setup';

/** The token from the address's fragment (`#token=…`), which never reaches a server log. */
export function tokenFromHash(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token')?.trim() ?? '';
}

const setupSchema = z
  .object({
    setupToken: z.string().trim().min(1, messageKey('setup.tokenRequired')),
    username: z
      .string()
      .trim()
      .min(1, messageKey('login.usernameRequired'))
      .max(100, messageKey('login.usernameTooLong')),
    displayName: z
      .string()
      .trim()
      .min(1, messageKey('setup.displayNameRequired'))
      .max(200, messageKey('admin.field.tooLong')),
    password: z
      .string()
      .min(8, messageKey('password.tooShort'))
      .max(200, messageKey('login.passwordTooLong')),
    repeat: z.string(),
  })
  .refine((value) => value.password === value.repeat, {
    path: ['repeat'],
    message: messageKey('password.notSame'),
  })
  .refine((value) => value.password.trim().toLowerCase() !== value.username.trim().toLowerCase(), {
    path: ['password'],
    message: messageKey('password.sameAsUsername'),
  });

/**
 * /setup#token=… — the first administrator of a new installation, with the one-time link the service printed in
 * its log. Once an administrator exists the page says so and points to the login page.
 */
export function SetupPage() {
  const { t } = useI18n();
  useDocumentTitle(t('setup.title'));
  const location = useLocation();
  const navigate = useNavigate();
  // Read once; then the token leaves the address bar (and the history entry).
  const [token] = useState(() => tokenFromHash(location.hash));
  useEffect(() => {
    if (location.hash) navigate({ pathname: location.pathname, search: location.search }, { replace: true });
  }, [location.hash, location.pathname, location.search, navigate]);
  const status = useSetupStatus();

  return (
    <div className="page page--narrow setup-page">
      <h1>{t('setup.title')}</h1>
      {status.isPending ? (
        <Loading />
      ) : status.isError ? (
        <ProblemAlert error={status.error} onRetry={() => void status.refetch()} />
      ) : !status.data.administratorNeeded ? (
        <Done />
      ) : (
        <SetupForm token={token} />
      )}
    </div>
  );
}

function Done() {
  const { t } = useI18n();
  return (
    <div className="alert" role="status">
      <p>{t('setup.done')}</p>
      <p>
        <Link className="button" to={LOGIN_PATH}>
          {t('setup.toLogin')}
        </Link>
      </p>
    </div>
  );
}

function SetupForm({ token }: { token: string }) {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const create = useCreateAdministrator();
  const form = useSchemaForm(setupSchema, {
    defaultValues: { setupToken: token, username: '', displayName: '', password: '', repeat: '' },
  });
  const errors = form.formState.errors;
  const errorText = useFieldError();
  const failureRef = useRef<HTMLDivElement>(null);
  useFocusWhen(create.isError, create.submittedAt, failureRef);
  const code = create.error instanceof ApiError ? create.error.code : null;

  const submit = form.handleSubmit(({ setupToken, username, displayName, password }) =>
    create.mutate(
      { setupToken, username, displayName, password },
      { onSuccess: () => navigate(adminPaths.home, { replace: true }) },
    ),
  );

  return (
    <>
      <p className="lead">{t('setup.intro')}</p>
      {create.isError ? (
        <div ref={failureRef} tabIndex={-1} className="alert alert--error" role="alert">
          <p>{problemMessage(create.error, locale)}</p>
          {code === 'SETUP_DONE' ? (
            <p>
              <Link to={LOGIN_PATH}>{t('setup.toLogin')}</Link>
            </p>
          ) : null}
        </div>
      ) : null}
      <form className="form" onSubmit={submit} noValidate>
        {token ? (
          <p className="hint">{t('setup.tokenFromLink')}</p>
        ) : (
          <Field
            id="setup-token"
            label={t('setup.token')}
            hint={t('setup.tokenHint')}
            error={errorText(errors.setupToken)}
            required
          >
            {(control) => (
              <input
                {...control}
                {...form.register('setupToken')}
                type="text"
                autoComplete="off"
                spellCheck={false}
              />
            )}
          </Field>
        )}
        <Field id="setup-username" label={t('login.username')} error={errorText(errors.username)} required>
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
        <Field
          id="setup-display-name"
          label={t('setup.displayName')}
          hint={t('setup.displayNameHint')}
          error={errorText(errors.displayName)}
          required
        >
          {(control) => (
            <input {...control} {...form.register('displayName')} type="text" autoComplete="name" />
          )}
        </Field>
        <Field
          id="setup-password"
          label={t('password.new')}
          hint={t('password.rules')}
          error={
            errorText(errors.password) ??
            (code === 'PASSWORD_TOO_WEAK' ? t('problem.PASSWORD_TOO_WEAK') : null)
          }
          required
        >
          {(control) => (
            <input {...control} {...form.register('password')} type="password" autoComplete="new-password" />
          )}
        </Field>
        <Field id="setup-repeat" label={t('password.repeat')} error={errorText(errors.repeat)} required>
          {(control) => (
            <input {...control} {...form.register('repeat')} type="password" autoComplete="new-password" />
          )}
        </Field>
        <button type="submit" className="button" disabled={create.isPending}>
          {t('setup.submit')}
        </button>
      </form>
    </>
  );
}
