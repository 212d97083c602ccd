-- Tyndau schema 4 (SQLite): Open311 API keys, one or more per outside channel (web portal,
-- mobile app, social-network bots). Only the key's SHA-256 is stored: the key is shown once.

CREATE TABLE open311_keys (
    id         INTEGER PRIMARY KEY,
    key_hash   TEXT NOT NULL UNIQUE,
    channel    TEXT NOT NULL,
    label      TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    revoked_at INTEGER
);
