-- Password-reset tokens: only the SHA-256 of the token is kept; used_at makes it single-use.
create table password_reset_token (
    token_hash varchar(64) primary key,
    client_id  bigint not null references client (id),
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone,
    address    varchar(64)
);
create index password_reset_token_client_idx on password_reset_token (client_id, created_at);
