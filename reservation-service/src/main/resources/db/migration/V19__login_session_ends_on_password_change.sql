-- A session also ends when the person changes their password (their other sessions) and when staff give the account a
-- temporary password or a start code, or change its role or place (every session of the account).
ALTER TABLE login_session
    DROP CONSTRAINT login_session_end_reason_check,
    ADD CONSTRAINT login_session_end_reason_check CHECK (end_reason = ANY (
        '{LOGOUT,REFRESH_REUSED,ACCOUNT_DISABLED,IDLE,EXPIRED,PASSWORD_CHANGED,PASSWORD_RESET}'::text[]));
