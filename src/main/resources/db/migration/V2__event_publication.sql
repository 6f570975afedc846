-- Spring Modulith's event publication registry: an event handed to another module is stored in the
-- same transaction as the change that raised it, and kept until its listener has succeeded.
create table event_publication (
    id                uuid primary key,
    listener_id       text not null,
    event_type        text not null,
    serialized_event  text not null,
    publication_date  timestamptz not null,
    completion_date   timestamptz
);
create index event_publication_incomplete_idx on event_publication (completion_date)
    where completion_date is null;
