-- Schema 14 (the server's database): the indexes that serve only a workstation's request
-- lists and statistics go. The server never filters requests by status, district, category,
-- organisation, due date or incident; it finds them by id, number and op_id, and feeds them
-- out by the change feed's sequence. Each index was one more b-tree written for every
-- request registered: without these eight a registration costs about a sixth less.
-- Open311's list of requests (GET /open311/v2/requests) reads them by registration time,
-- which had no index: now it has one.
DROP INDEX IF EXISTS requests_status;
DROP INDEX IF EXISTS requests_org_status;
DROP INDEX IF EXISTS requests_district;
DROP INDEX IF EXISTS requests_category;
DROP INDEX IF EXISTS requests_due;
DROP INDEX IF EXISTS requests_linked;
DROP INDEX IF EXISTS requests_created_id;
DROP INDEX IF EXISTS requests_due_id;
CREATE INDEX requests_registered ON requests (registered_at);
