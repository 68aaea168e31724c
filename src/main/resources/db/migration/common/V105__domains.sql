-- What Estante knows of a domain beyond its service: the registrar it is registered with.
-- The expiry date is the service's next due date; the service is referenced by id only.
create table domain_record (
    service_id  bigint primary key,
    registrar   varchar(255),
    updated_at  timestamp with time zone not null,
    updated_by  varchar(320) not null
);
