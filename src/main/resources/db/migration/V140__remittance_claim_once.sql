-- Each claim of a payment (TRN02, the check or EFT trace) is posted once, whatever envelope it
-- comes in: a payer that sends the same 835 again under a new ISA13 must not pay a claim twice.
-- A reversal (CLP02 22) and the corrected claim after it are two postings of one payment.
create table remittance_claim_posting (
    sender_id               varchar(15) not null,
    trace_number            varchar(50) not null,
    patient_control_number  varchar(38) not null,
    claim_status_code       varchar(2) not null,
    remittance_file_id      bigint not null references remittance_file (id),
    constraint remittance_claim_posting_once
        unique (sender_id, trace_number, patient_control_number, claim_status_code)
);
