-- Idempotency-Key (issue 7): the first answer to a POST with a key is kept and returned again for retries;
-- the same key with another body is refused. A row without status is a request still in progress.
CREATE TABLE idempotency_key (
    actor        varchar(120) NOT NULL,
    key          varchar(100) NOT NULL,
    method       varchar(10)  NOT NULL,
    path         varchar(300) NOT NULL,
    request_hash char(64)     NOT NULL,
    status       integer,
    response     text,
    created_at   timestamptz  NOT NULL,
    PRIMARY KEY (actor, key)
);
CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at);
