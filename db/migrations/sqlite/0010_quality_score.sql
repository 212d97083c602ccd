-- Tyndau schema 10 (SQLite): the inspector's quality score of the last review
-- (accept or return): the criteria met, 0..5; -1 when not scored. Kept on the request like the
-- citizen's satisfaction, so that the statistics average it with the same aggregate.
ALTER TABLE requests ADD COLUMN quality_score INTEGER NOT NULL DEFAULT -1;
