-- Prefix searches (like 'ana%') on the search keys. varchar_pattern_ops lets PostgreSQL use
-- the index for LIKE whatever the database's collation; email_key gets one too (its
-- unique index only serves equality under a non-C collation).
create index client_name_key_idx on client (name_key varchar_pattern_ops);
create index client_last_name_key_idx on client (last_name_key varchar_pattern_ops);
create index client_email_key_prefix_idx on client (email_key varchar_pattern_ops);
create index client_phone_key_prefix_idx on client (phone_key varchar_pattern_ops);
