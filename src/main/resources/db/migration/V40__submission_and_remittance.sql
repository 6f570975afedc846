-- 837P batches and what comes back for them. X12 control numbers come from sequences: unique
-- forever, across restarts and across nodes, which a payer requires per sender.
create sequence x12_interchange_control_seq minvalue 1 maxvalue 999999999 no cycle;
create sequence x12_group_control_seq minvalue 1 maxvalue 999999999 no cycle;
create sequence x12_transaction_control_seq minvalue 1 maxvalue 999999999 no cycle;

create sequence claim_batch_seq increment by 1;
create table claim_batch (
    id                        bigint primary key,
    payer_id                  bigint not null references payer (id),
    interchange_control_number int not null unique,
    group_control_number      int not null unique,
    transaction_control_number int not null,
    claim_count               int not null,
    x12                       text not null,
    acknowledgment            varchar(20) not null default 'PENDING',
    created_at                timestamptz not null default now()
);
create index claim_batch_created_idx on claim_batch (created_at desc);

-- A claim is in one batch at a time; a resubmitted claim leaves its old row in batch_claim_history.
create table batch_claim (
    batch_id  bigint not null references claim_batch (id),
    claim_id  bigint not null references claim (id),
    constraint batch_claim_claim_unique unique (claim_id)
);
create index batch_claim_batch_idx on batch_claim (batch_id);

create table batch_claim_history (
    batch_id     bigint not null references claim_batch (id),
    claim_id     bigint not null references claim (id),
    released_at  timestamptz not null default now()
);

-- Every inbound X12 file, once: the same interchange from the same sender, or the same bytes, is a
-- duplicate and is not posted again.
create sequence remittance_file_seq increment by 1;
create table remittance_file (
    id                         bigint primary key,
    kind                       varchar(30) not null,
    sender_id                  varchar(15) not null,
    interchange_control_number varchar(9) not null,
    content_sha256             varchar(64) not null unique,
    received_at                timestamptz not null default now(),
    summary                    jsonb not null,
    constraint remittance_file_interchange_unique unique (sender_id, interchange_control_number)
);

create sequence payment_seq increment by 50;
create table payment (
    id                  bigint primary key,
    remittance_file_id  bigint not null references remittance_file (id),
    claim_id            bigint not null references claim (id),
    claim_line_id       bigint references claim_line (id),
    claim_status_code   varchar(2) not null,
    payer_claim_number  varchar(50),
    charge              numeric(12, 2) not null,
    amount              numeric(12, 2) not null,
    posted_at           timestamptz not null default now()
);
-- Posted exactly once: a line (or, for the claim-level row, the claim) per file; a reversal (CLP02
-- 22) and the corrected payment that follows it in the same file are two postings.
create unique index payment_once_idx
    on payment (remittance_file_id, claim_id, coalesce(claim_line_id, 0), claim_status_code);
create index payment_claim_idx on payment (claim_id);

create sequence adjustment_seq increment by 50;
create table adjustment (
    id                  bigint primary key,
    remittance_file_id  bigint not null references remittance_file (id),
    claim_id            bigint not null references claim (id),
    claim_line_id       bigint references claim_line (id),
    claim_status_code   varchar(2) not null,
    group_code          varchar(2) not null,
    reason_code         varchar(5) not null,
    amount              numeric(12, 2) not null,
    remark_codes        jsonb not null default '[]',
    posted_at           timestamptz not null default now()
);
create unique index adjustment_once_idx
    on adjustment (remittance_file_id, claim_id, coalesce(claim_line_id, 0), claim_status_code,
                   group_code, reason_code);
create index adjustment_claim_idx on adjustment (claim_id);

-- What the patient owes after the payer's 835 (PR group), kept on the claim.
alter table claim add column patient_balance numeric(12, 2);
