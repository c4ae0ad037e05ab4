-- Sessions (accounts and sessions): a row per login. The access token is short and carries the session id ("sid");
-- the refresh token, kept here only as a SHA-256 hash, rotates on every use. A rotated token is remembered, so its
-- second use is recognised as theft and ends the whole session. A session ends on logout, on that reuse, when its
-- account turns out disabled at a refresh, after its idle time without a refresh, and at its absolute end.
CREATE TABLE login_session (
    id                   bigserial PRIMARY KEY,
    user_id              bigint      NOT NULL REFERENCES app_user (id),
    started_at           timestamptz NOT NULL,
    last_refreshed_at    timestamptz NOT NULL,
    idle_timeout_seconds integer     NOT NULL CHECK (idle_timeout_seconds > 0),
    expires_at           timestamptz NOT NULL,
    refresh_hash         text        NOT NULL UNIQUE,
    ended_at             timestamptz,
    end_reason           text CHECK (end_reason = ANY ('{LOGOUT,REFRESH_REUSED,ACCOUNT_DISABLED,IDLE,EXPIRED}'::text[])),
    version              integer     NOT NULL DEFAULT 0,
    CHECK ((ended_at IS NULL) = (end_reason IS NULL))
);
CREATE INDEX login_session_open_of_user ON login_session (user_id) WHERE ended_at IS NULL;

-- The refresh tokens a session had before its current one (hashes): presenting one again ends the session.
CREATE TABLE login_session_rotated (
    session_id   bigint NOT NULL REFERENCES login_session (id) ON DELETE CASCADE,
    refresh_hash text   NOT NULL PRIMARY KEY
);
CREATE INDEX login_session_rotated_session ON login_session_rotated (session_id);
