-- Tyndau schema 6 (SQLite): what the workstation's requests list needs at a million rows.
-- search_text is the request's numbers, citizen, address and description folded the way
-- TextFold folds (Kazakh and Russian case, ё → е); RequestStore writes it with every row,
-- so the free-text filter is a plain LIKE on both dialects. Rows written before this
-- schema keep '' until their next change; no workstation ran an earlier schema in use.
-- Keyset paging walks (created_at, id) and (due date, id), newest or nearest first.
ALTER TABLE requests ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
CREATE INDEX requests_created_id ON requests (created_at, id);
CREATE INDEX requests_due_id ON requests ((COALESCE(due_date, '9999-12-31')), id);
