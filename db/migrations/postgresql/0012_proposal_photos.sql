-- Tyndau schema 12 (PostgreSQL): photos of a winning proposal's implementation, the bytes in
-- blobs (by SHA-256, stored once), and which kind of record a waiting upload belongs to.
-- No foreign key to budget_proposals: a workstation writes a proposal over with the
-- server's copy, and its photos must stay.
CREATE TABLE budget_proposal_photos (
    proposal_id TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    file_name   TEXT NOT NULL,
    mime_type   TEXT NOT NULL,
    size        BIGINT NOT NULL,
    added_by    TEXT NOT NULL,
    added_at    BIGINT NOT NULL,
    PRIMARY KEY (proposal_id, sha256)
);

-- 'request': request_id is a request's; 'proposal': it is a budget proposal's id.
ALTER TABLE pending_uploads ADD COLUMN kind TEXT NOT NULL DEFAULT 'request';
