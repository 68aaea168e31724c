-- The daily run's renewal step walks live services by (next_due_date, id): with status and
-- auto_renew in the index the walk reads no table rows (an index-only scan on PostgreSQL).
create index service_due_idx on service (next_due_date, id, status, auto_renew);
