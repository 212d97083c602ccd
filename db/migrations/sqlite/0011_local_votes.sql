-- Tyndau schema 11 (SQLite): the votes a workstation has taken at the front office and what became
-- of them. The server counts a vote or refuses it (the citizen voted already, perhaps at
-- another workstation that was offline at the same time); the operator sees which here.
-- Only a key of the IIN (keyed with this workstation's own salt) and its last four digits are
-- stored, never the IIN.
-- The server never fills it; the table is in both dialects so their versions stay one.
CREATE TABLE local_votes (
    id          INTEGER PRIMARY KEY,
    op_id       TEXT NOT NULL UNIQUE,
    season_year INTEGER NOT NULL,
    voter_key   TEXT NOT NULL,
    voter_shown TEXT NOT NULL,
    district_code TEXT NOT NULL,
    choices     TEXT NOT NULL,
    recorded_at INTEGER NOT NULL,
    state       TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'counted', 'refused')),
    message     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX local_votes_season ON local_votes (season_year, voter_key);
