import { z } from 'zod';
import { messageKey } from '../../../lib/forms';

/** Checked before sending, with the contract's rules: both filled in (not only spaces), within the max lengths. */
export const loginSchema = z.object({
  username: z
    .string()
    .trim()
    .min(1, messageKey('login.usernameRequired'))
    .max(100, messageKey('login.usernameTooLong')),
  password: z
    .string()
    .refine((value) => value.trim() !== '', messageKey('login.passwordRequired'))
    .refine((value) => value.length <= 200, messageKey('login.passwordTooLong')),
});
