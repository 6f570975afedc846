-- The catch-up (ClaimCatchUp) looks every minute for claims changed lately whose process missed
-- the message; it starts from this index rather than from every open claim's process (on 50,000
-- waiting claims the old join read all of them, see ClaimCatchUpBenchmark). A status change
-- already changes an indexed column (claim_status_idx), so the index costs those updates nothing
-- they could have saved.
create index claim_updated_at_idx on claim (updated_at);
