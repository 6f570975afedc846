-- Appeal letters as sent to (or drafted for) the payer: the PDF itself, kept with the claim so an
-- auditor or a later appeal level can see exactly what was argued. A draft is replaced by a newer
-- draft; a final letter is never changed.
create sequence appeal_letter_seq increment by 50;
create table appeal_letter (
    id          bigint primary key,
    claim_id    bigint not null references claim (id),
    level       int not null check (level between 1 and 10),
    status      varchar(10) not null check (status in ('DRAFT', 'FINAL')),
    argument    text not null,
    pdf         bytea not null,
    created_by  varchar(100) not null,
    created_at  timestamptz not null default now()
);
create index appeal_letter_claim_idx on appeal_letter (claim_id, created_at);
