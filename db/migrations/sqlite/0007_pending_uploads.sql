-- Tyndau schema 7 (SQLite): a workstation's attachments waiting to be sent (UploadStore).
-- Saved with their request (the bytes in blobs), sent once the server has the request.
-- The server never fills it; the table is in both dialects so their versions stay one.
CREATE TABLE pending_uploads (
    id         INTEGER PRIMARY KEY,         -- sending order
    request_id TEXT NOT NULL,
    file_name  TEXT NOT NULL,
    sha256     TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    attempts   INTEGER NOT NULL DEFAULT 0
);
