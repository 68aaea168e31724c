-- Prefix searches (like 'ana%') on the search keys; H2 uses plain indexes for them.
create index client_name_key_idx on client (name_key);
create index client_last_name_key_idx on client (last_name_key);
