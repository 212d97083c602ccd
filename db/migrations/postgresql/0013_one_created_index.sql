-- Schema 13: requests_created (created_at) goes; requests_created_id (created_at, id),
-- added with the requests list, serves every query it served (its first column is the
-- same), and each index is one more b-tree written for every request registered or pulled.
DROP INDEX IF EXISTS requests_created;
