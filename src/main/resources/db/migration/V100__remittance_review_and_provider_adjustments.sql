-- One row per 835 transaction set (one payment, keyed by payer and TRN02 trace number). The same
-- payment again, in whatever envelope, posts once; the same trace with different content is stored
-- QUARANTINED, with the file's text, for a biller to review, and posts nothing.
create sequence remittance_payment_seq increment by 1;
create table remittance_payment (
    id                  bigint primary key,
    remittance_file_id  bigint not null references remittance_file (id),
    payer_key           varchar(80) not null,
    trace_number        varchar(80) not null,
    content_sha256      varchar(64) not null,
    total_paid          numeric(14, 2) not null,
    status              varchar(20) not null,
    quarantined_x12     text,
    received_at         timestamptz not null default now()
);
create unique index remittance_payment_posted_once_idx
    on remittance_payment (payer_key, trace_number) where status = 'POSTED';
create index remittance_payment_file_idx on remittance_payment (remittance_file_id);

-- Payments and adjustments are keyed by their place in the payment (CLP ordinal, SVC ordinal, CAS
-- ordinal), so that two lines the payer paid under one claim line, or a claim paid twice in one
-- file, are never folded into one row.
alter table payment add column remittance_payment_id bigint references remittance_payment (id);
alter table payment add column claim_ordinal int;
alter table payment add column service_ordinal int;
alter table adjustment add column remittance_payment_id bigint references remittance_payment (id);
alter table adjustment add column claim_ordinal int;
alter table adjustment add column service_ordinal int;
alter table adjustment add column adjustment_ordinal int;
drop index payment_once_idx;
drop index adjustment_once_idx;
create unique index payment_once_idx
    on payment (remittance_payment_id, claim_ordinal, service_ordinal)
    where remittance_payment_id is not null;
create unique index adjustment_once_idx
    on adjustment (remittance_payment_id, claim_ordinal, service_ordinal, adjustment_ordinal)
    where remittance_payment_id is not null;
alter table adjustment alter column group_code type varchar(3);

-- PLB: provider-level adjustments of a payment (WO recovery, L6 interest, FB forwarding balance…).
-- BPR02 = sum(CLP04) - sum(amount) of one payment.
create sequence provider_adjustment_seq increment by 50;
create table provider_adjustment (
    id                     bigint primary key,
    remittance_payment_id  bigint not null references remittance_payment (id),
    provider_id            varchar(80) not null,
    fiscal_period_date     date,
    reason_code            varchar(10) not null,
    reference              varchar(80),
    amount                 numeric(12, 2) not null,
    posted_at              timestamptz not null default now()
);
create index provider_adjustment_payment_idx on provider_adjustment (remittance_payment_id);

-- CLP loops whose CLP01 names no claim of ours: kept whole (as JSON) for a biller's Unmatched
-- remittance task, so no money is lost.
create sequence unmatched_remittance_seq increment by 1;
create table unmatched_remittance (
    id                     bigint primary key,
    remittance_payment_id  bigint not null references remittance_payment (id),
    claim_ordinal          int not null,
    patient_control_number varchar(80) not null,
    claim_status_code      varchar(2) not null,
    charge                 numeric(12, 2) not null,
    amount                 numeric(12, 2) not null,
    payer_claim_number     varchar(50),
    detail                 jsonb not null,
    resolved_at            timestamptz,
    constraint unmatched_remittance_once unique (remittance_payment_id, claim_ordinal)
);
