-- Tyndau schema 3 (SQLite): the server's sessions, operations, change feed, registration
-- numbers and personal-data access log; the workstation's outbox and sync state. One schema
-- serves both programs: the tables the other side uses stay empty.

ALTER TABLE users ADD COLUMN password_changed_at INTEGER;

-- The operation that created a request: unique forever, claimed in the writing transaction.
ALTER TABLE requests ADD COLUMN op_id TEXT;
CREATE UNIQUE INDEX requests_op_id ON requests (op_id) WHERE op_id IS NOT NULL;
-- Workstation: the server's refusal of this request's last operation, shown to the user.
ALTER TABLE requests ADD COLUMN sync_error TEXT;

CREATE TABLE sessions (
    token_hash   TEXT PRIMARY KEY,          -- SHA-256 of the bearer token; the token is never stored
    user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at   INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,          -- absolute expiry
    revoked_at   INTEGER
);

CREATE TABLE login_failures (
    id    INTEGER PRIMARY KEY,
    login TEXT NOT NULL,
    peer  TEXT NOT NULL,
    at    INTEGER NOT NULL
);
CREATE INDEX login_failures_login ON login_failures (login, at);
CREATE INDEX login_failures_peer ON login_failures (peer, at);

CREATE TABLE ops (
    op_id        TEXT PRIMARY KEY,
    user_id      INTEGER NOT NULL,
    payload_hash TEXT NOT NULL,
    result       TEXT NOT NULL,             -- the first result, returned again for a repeat
    at           INTEGER NOT NULL
);

CREATE TABLE changes (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    txid      INTEGER NOT NULL DEFAULT 0,   -- PostgreSQL's transaction id; 0 on SQLite (one writer)
    entity    TEXT NOT NULL,                -- 'request' | 'kb_article'
    entity_id TEXT NOT NULL,
    org_code  TEXT,                         -- the executor at the time, for executors' feeds
    at        INTEGER NOT NULL
);

CREATE TABLE number_counters (
    year INTEGER PRIMARY KEY,
    last INTEGER NOT NULL
);

CREATE TABLE access_log (
    id         INTEGER PRIMARY KEY,
    at         INTEGER NOT NULL,
    login      TEXT NOT NULL,
    request_id TEXT NOT NULL,
    route      TEXT NOT NULL
);
CREATE INDEX access_log_request ON access_log (request_id, at);

CREATE TABLE outbox (
    id         INTEGER PRIMARY KEY,         -- sending order
    op_id      TEXT NOT NULL UNIQUE,
    request_id TEXT,
    payload    TEXT NOT NULL,               -- the operation as sent, JSON
    created_at INTEGER NOT NULL,
    attempts   INTEGER NOT NULL DEFAULT 0,
    last_error TEXT
);

CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
