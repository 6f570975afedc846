-- Who viewed or changed PHI and who took each billing decision. Append-only: the trigger refuses
-- every UPDATE, DELETE and TRUNCATE, whoever asks. Each row carries the SHA-256 of its own content
-- and of the row before it, so a row changed behind the trigger's back (by a superuser who disabled
-- it) breaks the chain at that row. Entries hold ids and field names, never PHI values.
create table audit_entry (
    id            bigint primary key,
    at            timestamptz not null,
    actor         varchar(100) not null,
    action        varchar(40) not null,
    subject_type  varchar(40) not null,
    subject_id    varchar(64),
    detail        varchar(500),
    previous_hash char(64) not null,
    hash          char(64) not null unique
);
create sequence audit_entry_seq;
create index audit_entry_actor_idx on audit_entry (actor, id);
create index audit_entry_subject_idx on audit_entry (subject_type, subject_id, id);
create index audit_entry_at_idx on audit_entry (at);

create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op;
end;
$$;
create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
