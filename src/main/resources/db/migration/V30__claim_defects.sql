-- One claim per session: the unique constraint is the last guard when the same session is posted
-- twice at the same moment.
alter table claim add constraint claim_session_unique unique (session_id);

-- What review, authorization check and payer scrub found wrong with a claim, in plain language with
-- the exact numbers. A defect stays open until the step that raised it runs clean again.
create sequence claim_defect_seq increment by 50;
create table claim_defect (
    id           bigint primary key,
    claim_id     bigint not null references claim (id) on delete cascade,
    stage        varchar(20) not null,
    code         varchar(40) not null,
    explanation  varchar(500) not null,
    opened_at    timestamptz not null default now(),
    resolved_at  timestamptz,
    resolution   varchar(1000)
);
create index claim_defect_open_idx on claim_defect (claim_id) where resolved_at is null;

-- Counting a patient's visits with a payer in a calendar year (EAP caps).
create index claim_patient_payer_idx on claim (patient_id, payer_id, date_of_service);
