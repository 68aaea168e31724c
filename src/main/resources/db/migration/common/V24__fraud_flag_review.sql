-- Staff review a fraud flag (say, two relatives sharing a document by mistake) and close it with
-- a note; the flag stays for the record, but only open flags make a client a fraud risk.
alter table client_fraud_flag add column resolved_at timestamp with time zone;
alter table client_fraud_flag add column resolved_by bigint;
alter table client_fraud_flag add column resolved_by_name varchar(320);
alter table client_fraud_flag add column resolution varchar(500);
