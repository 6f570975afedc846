-- A claim voided after the payer had it waits here for the next 837P batch, which carries it as a
-- void (frequency 8, REF*F8 = the payer's claim number); the claim itself is VOIDED at once.
alter table claim add column void_to_send boolean not null default false;
create index claim_void_to_send_idx on claim (id) where void_to_send;
