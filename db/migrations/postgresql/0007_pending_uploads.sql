-- Tyndau schema 7 (PostgreSQL): a workstation's attachments waiting to be sent
-- (UploadStore). The server never fills it; the table is in both dialects so their
-- versions stay one.
CREATE TABLE pending_uploads (
    id         BIGSERIAL PRIMARY KEY,
    request_id TEXT NOT NULL,
    file_name  TEXT NOT NULL,
    sha256     TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    attempts   INTEGER NOT NULL DEFAULT 0
);
