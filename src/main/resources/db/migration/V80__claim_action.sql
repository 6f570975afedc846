-- What people did with a claim after the payer answered (denial work, appeals, write-offs), and
-- who: the audit trail a payer or an auditor asks for. The note never holds PHI by convention.
create sequence claim_action_seq increment by 50;
create table claim_action (
    id         bigint primary key,
    claim_id   bigint not null references claim (id),
    action     varchar(30) not null,
    actor      varchar(100) not null,
    at         timestamptz not null default now(),
    note       varchar(1000)
);
create index claim_action_claim_idx on claim_action (claim_id, at);
