-- The manager's figures on a large book (ArQueryBenchmark, a million claim lines). The aging and
-- KPI queries look up, per claim, its postings, its adjustments by group and reason, its defects and
-- whether it went out in an earlier batch; these indexes answer each lookup from the index alone.
-- Without the batch history index, "was it sent before?" scanned the whole history once per claim.
create index batch_claim_history_claim_idx on batch_claim_history (claim_id);
create index claim_defect_claim_idx on claim_defect (claim_id, code);

drop index payment_claim_idx;
create index payment_claim_idx on payment (claim_id) include (amount, posted_at);

drop index adjustment_claim_idx;
create index adjustment_claim_idx on adjustment (claim_id, group_code, reason_code)
    include (amount, remittance_file_id);

-- Open AR is a fraction of all claims; KPI cohorts are a range of dates of service.
create index claim_open_ar_idx on claim (date_of_service)
    include (payer_id, rendering_clinician_id, status, total_charge)
    where status not in ('PAID', 'WRITTEN_OFF', 'VOIDED', 'CLOSED');
create index claim_date_of_service_idx on claim (date_of_service);
