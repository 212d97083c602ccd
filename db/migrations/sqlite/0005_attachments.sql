-- Tyndau schema 5 (SQLite): attachment contents, stored once by SHA-256 however many
-- requests carry them (request_attachments links them, since schema 1).

CREATE TABLE blobs (
    sha256     TEXT PRIMARY KEY,
    mime_type  TEXT NOT NULL,
    size       INTEGER NOT NULL,
    data       BLOB NOT NULL,
    created_at INTEGER NOT NULL
);
