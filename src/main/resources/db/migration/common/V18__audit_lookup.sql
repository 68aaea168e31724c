-- The staff audit page filters by actor (e-mail, stored lower-cased) and by the account that
-- acted; by client it also uses the subject index of V10.
create index audit_entry_actor_name_idx on audit_entry (actor_name);
create index audit_entry_actor_idx on audit_entry (actor_kind, actor_id);
