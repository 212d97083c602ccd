-- Tyndau schema 2 (SQLite): the knowledge base of life situations, in Kazakh and Russian.
-- kb_fts indexes *folded* text (TextFold: lower case for every Kazakh and Russian letter,
-- ё → е), written by KnowledgeBaseStore in the same transaction as kb_texts; its rowid is
-- kb_texts.id. Snippets are cut from the original text by the store.

CREATE TABLE kb_articles (
    id            INTEGER PRIMARY KEY,
    slug          TEXT NOT NULL UNIQUE,
    category_code TEXT,
    organizations TEXT NOT NULL DEFAULT '',   -- organization codes, comma-separated
    used_count    INTEGER NOT NULL DEFAULT 0, -- consultations that used the article
    updated_at    INTEGER NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE kb_texts (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES kb_articles(id) ON DELETE CASCADE,
    lang       TEXT NOT NULL CHECK (lang IN ('kk', 'ru')),
    title      TEXT NOT NULL,
    summary    TEXT NOT NULL DEFAULT '',
    steps      TEXT NOT NULL DEFAULT '',      -- one step a line, in order
    answer     TEXT NOT NULL DEFAULT '',
    contacts   TEXT NOT NULL DEFAULT '',
    UNIQUE (article_id, lang)
);

CREATE VIRTUAL TABLE kb_fts USING fts5(
    title, summary, body, lang UNINDEXED,
    tokenize = 'unicode61', prefix = '2 3'
);
