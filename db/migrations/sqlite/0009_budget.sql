-- Tyndau schema 9 (SQLite): the People's Participation Budget — a season per year, the
-- proposals citizens make, and the votes they cast.
--
-- budget_seasons: the year's phase, how many proposals a citizen may vote for (max_votes)
-- and the day each phase starts ('YYYY-MM-DD', NULL when not planned).
CREATE TABLE budget_seasons (
    year                INTEGER PRIMARY KEY,
    phase               TEXT NOT NULL
                        CHECK (phase IN ('proposals', 'assessment', 'voting', 'results', 'implementation')),
    max_votes           INTEGER NOT NULL,
    proposals_from      TEXT,
    assessment_from     TEXT,
    voting_from         TEXT,
    results_from        TEXT,
    implementation_from TEXT,
    updated_at          INTEGER NOT NULL
);

-- The budget in tenge the season gives each district.
CREATE TABLE budget_district_budgets (
    season_year   INTEGER NOT NULL REFERENCES budget_seasons(year) ON DELETE CASCADE,
    district_code TEXT NOT NULL,
    tenge         INTEGER NOT NULL CHECK (tenge >= 0),
    PRIMARY KEY (season_year, district_code)
);

-- A proposal, its expert assessment, its vote total and, for a winner, its implementation.
-- `votes` is the running total of budget_votes naming it, kept in the vote's transaction.
CREATE TABLE budget_proposals (
    id                    TEXT PRIMARY KEY,
    season_year           INTEGER NOT NULL REFERENCES budget_seasons(year),
    title                 TEXT NOT NULL,
    description           TEXT NOT NULL,
    district_code         TEXT NOT NULL,
    lat                   REAL,
    lon                   REAL,
    estimated_cost        INTEGER NOT NULL,
    author_name           TEXT NOT NULL,
    author_iin            TEXT NOT NULL,
    author_phone          TEXT,
    channel               TEXT NOT NULL,
    submitted_at          INTEGER NOT NULL,
    submitted_by          TEXT NOT NULL,
    assessed              INTEGER NOT NULL DEFAULT 0,
    feasible              INTEGER NOT NULL DEFAULT 0,
    corrected_cost        INTEGER NOT NULL DEFAULT 0,
    responsible_org       TEXT,
    assessment_reason     TEXT,
    assessed_by           TEXT,
    votes                 INTEGER NOT NULL DEFAULT 0,
    implementation_status TEXT,
    implementation_note   TEXT,
    updated_at            INTEGER NOT NULL,
    version               INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX budget_proposals_season ON budget_proposals (season_year, district_code);

-- One row per citizen and season. `voter_key` is the HMAC-SHA256 (hex), under the server's vote secret, of the year and the
-- IIN, never the IIN itself: the unique key is what refuses a second vote, even one cast
-- on another workstation or through another server instance at the same moment.
CREATE TABLE budget_votes (
    id            INTEGER PRIMARY KEY,
    season_year   INTEGER NOT NULL REFERENCES budget_seasons(year),
    voter_key     TEXT NOT NULL,
    district_code TEXT NOT NULL,
    choices       TEXT NOT NULL,     -- JSON list of proposal ids
    recorded_by   TEXT NOT NULL,     -- the operator's login, or the portal's account
    recorded_at   INTEGER NOT NULL,
    op_id         TEXT NOT NULL,
    UNIQUE (season_year, voter_key)
);
