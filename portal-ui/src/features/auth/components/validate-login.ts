import type { LoginRequest } from '../../../lib/api';
import type { MessageKey } from '../../../lib/i18n';

export type LoginErrors = Partial<Record<keyof LoginRequest, MessageKey>>;

/** Checked before sending, with the contract's rules: both filled in (not only spaces), within the max lengths. */
export function validateLogin(values: LoginRequest): LoginErrors {
  const errors: LoginErrors = {};
  const username = values.username.trim();
  if (!username) errors.username = 'login.usernameRequired';
  else if (username.length > 100) errors.username = 'login.usernameTooLong';
  if (!values.password.trim()) errors.password = 'login.passwordRequired';
  else if (values.password.length > 200) errors.password = 'login.passwordTooLong';
  return errors;
}
