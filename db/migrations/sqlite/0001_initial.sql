-- Tyndau schema 1 (SQLite): reference data, users, the calendar, requests and history.
-- Times are INTEGER milliseconds since the epoch (UTC); calendar dates are 'YYYY-MM-DD'
-- in Asia/Almaty. Codes (district, category, organization) are the reference data's codes.

CREATE TABLE districts (
    code        TEXT PRIMARY KEY,
    name_kk     TEXT NOT NULL,
    name_ru     TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    center_lat  REAL,
    center_lon  REAL,
    polygon     TEXT,            -- JSON [[lat, lon], ...]
    population  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE categories (
    code        TEXT PRIMARY KEY,
    parent_code TEXT,
    name_kk     TEXT NOT NULL,
    name_ru     TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    season      TEXT,
    position    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE organizations (
    code        TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    name_kk     TEXT NOT NULL,
    name_ru     TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    phone       TEXT,
    active      INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE organization_categories (
    org_code      TEXT NOT NULL REFERENCES organizations(code) ON DELETE CASCADE,
    category_code TEXT NOT NULL,
    PRIMARY KEY (org_code, category_code)
);

CREATE TABLE organization_districts (
    org_code      TEXT NOT NULL REFERENCES organizations(code) ON DELETE CASCADE,
    district_code TEXT NOT NULL,   -- '*' for the whole city
    PRIMARY KEY (org_code, district_code)
);

CREATE TABLE streets (
    id            INTEGER PRIMARY KEY,
    name_kk       TEXT NOT NULL,
    name_ru       TEXT NOT NULL,
    district_code TEXT NOT NULL,
    lat           REAL,
    lon           REAL,
    UNIQUE (name_ru, district_code)
);

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    login         TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL,
    org_code      TEXT,
    active        INTEGER NOT NULL DEFAULT 1,
    password_hash TEXT               -- server only; NULL in a workstation's cache
);

CREATE TABLE calendar_days (
    day     TEXT PRIMARY KEY,
    kind    TEXT NOT NULL CHECK (kind IN ('holiday', 'day_off', 'working_day')),
    name_kk TEXT NOT NULL DEFAULT '',
    name_ru TEXT NOT NULL DEFAULT '',
    name_en TEXT NOT NULL DEFAULT ''
);

CREATE TABLE deadline_terms (
    kind         TEXT PRIMARY KEY,
    working_days INTEGER NOT NULL CHECK (working_days BETWEEN 1 AND 60)
);

CREATE TABLE requests (
    id                 TEXT PRIMARY KEY,
    number             TEXT UNIQUE,
    provisional_number TEXT,
    kind               TEXT NOT NULL,
    channel            TEXT NOT NULL,
    status             TEXT NOT NULL,
    citizen_name       TEXT,
    citizen_phone      TEXT,
    citizen_iin        TEXT,
    citizen_email      TEXT,
    citizen_language   TEXT NOT NULL DEFAULT 'ru',
    anonymous          INTEGER NOT NULL DEFAULT 0,
    address            TEXT,
    district_code      TEXT,
    category_code      TEXT,
    description        TEXT NOT NULL,
    latitude           REAL,
    longitude          REAL,
    org_code           TEXT,
    created_at         INTEGER NOT NULL,
    registered_at      INTEGER,
    due_date           TEXT,
    original_due_date  TEXT,
    answered_at        INTEGER,
    closed_at          INTEGER,
    linked_to          TEXT,
    is_incident        INTEGER NOT NULL DEFAULT 0,
    answer_text        TEXT,
    kb_article_id      INTEGER,
    return_count       INTEGER NOT NULL DEFAULT 0,
    satisfaction       INTEGER NOT NULL DEFAULT 0,
    created_by         TEXT,
    updated_at         INTEGER NOT NULL,
    version            INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX requests_status ON requests (status);
CREATE INDEX requests_org_status ON requests (org_code, status);
CREATE INDEX requests_district ON requests (district_code);
CREATE INDEX requests_category ON requests (category_code);
CREATE INDEX requests_created ON requests (created_at);
CREATE INDEX requests_due ON requests (due_date);
CREATE INDEX requests_linked ON requests (linked_to);

CREATE TABLE request_history (
    id          INTEGER PRIMARY KEY,
    request_id  TEXT NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
    at          INTEGER NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    from_status TEXT NOT NULL,
    to_status   TEXT NOT NULL,
    comment     TEXT NOT NULL DEFAULT ''
);

CREATE INDEX request_history_request ON request_history (request_id, at);

CREATE TABLE request_attachments (
    request_id TEXT NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
    sha256     TEXT NOT NULL,
    file_name  TEXT NOT NULL,
    mime_type  TEXT NOT NULL,
    size       INTEGER NOT NULL,
    PRIMARY KEY (request_id, sha256)
);
