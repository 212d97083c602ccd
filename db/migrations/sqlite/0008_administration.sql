-- Tyndau schema 8 (SQLite): the administrator's changes, audited, and a version for the
-- reference data (organizations, categories, deadline terms, the calendar).
--
-- audit_log: who changed what, when: users, organizations, categories, deadline terms, the
-- calendar, knowledge-base articles, Open311 keys. `detail` is the change as JSON, never a
-- password or a key. Written in the transaction of the change itself.
CREATE TABLE audit_log (
    id      INTEGER PRIMARY KEY,
    at      INTEGER NOT NULL,
    actor   TEXT NOT NULL,
    action  TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail  TEXT NOT NULL DEFAULT ''
);

-- One row, bumped with every change of the reference data or the deadline policy: each
-- server instance reads it per request and reloads what it holds only when it moved.
CREATE TABLE reference_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO reference_version (id, version) VALUES (1, 0);
