-- The manager's figures read, per claim, what was paid, what the payer wrote off by contract
-- (CO-45), what it denied and whether the claim ever went out in a batch. Summing the postings per
-- claim at read time cost seconds on a million claim lines; these columns keep the sums on the
-- claim row, maintained by the database itself so that every writer (the 835 posting's JDBC
-- batches, manual adjustments, SQL loads) keeps them true. Statement-level triggers with transition
-- tables recompute each touched claim once per statement rather than once per inserted row.
alter table claim
    add column paid_amount                   numeric(12, 2) not null default 0,
    add column contractual_adjustment_amount numeric(12, 2) not null default 0,
    add column denied_amount                 numeric(12, 2) not null default 0,
    add column first_paid_at                 timestamptz,
    add column adjudicated                   boolean not null default false,
    add column ever_billed                   boolean not null default false;

-- Recomputes the posting totals of the claims a statement on payment or adjustment touched. The
-- denial test is the remittance posting's: group CO, OA or PI other than CO-45, amount > 0.
create function refresh_claim_posting_totals() returns trigger language plpgsql as $$
declare
    touched text := case tg_op
        when 'INSERT' then 'select claim_id from new_rows'
        when 'DELETE' then 'select claim_id from old_rows'
        else 'select claim_id from new_rows union select claim_id from old_rows' end;
begin
    execute format($sql$
        with touched as (select distinct claim_id as id from (%s) t),
        paid as (
            select p.claim_id, sum(p.amount) as amount,
                   min(p.posted_at) filter (where p.amount > 0) as first_paid_at
            from payment p join touched k on k.id = p.claim_id
            group by p.claim_id),
        adjusted as (
            select a.claim_id,
                   sum(a.amount) filter (where a.group_code = 'CO' and a.reason_code = '45')
                       as contractual,
                   sum(a.amount) filter (where a.group_code in ('CO', 'OA', 'PI')
                                           and a.reason_code <> '45' and a.amount > 0) as denied
            from adjustment a join touched k on k.id = a.claim_id
            group by a.claim_id)
        update claim c
        set paid_amount = coalesce(p.amount, 0),
            first_paid_at = p.first_paid_at,
            adjudicated = p.claim_id is not null,
            contractual_adjustment_amount = coalesce(a.contractual, 0),
            denied_amount = coalesce(a.denied, 0)
        from touched k
        left join paid p on p.claim_id = k.id
        left join adjusted a on a.claim_id = k.id
        where c.id = k.id
        $sql$, touched);
    return null;
end
$$;

-- Whether a claim went out in a batch at least once (a reprocessed claim back in preparation).
create function refresh_claim_ever_billed() returns trigger language plpgsql as $$
declare
    touched text := case tg_op
        when 'INSERT' then 'select claim_id from new_rows'
        when 'DELETE' then 'select claim_id from old_rows'
        else 'select claim_id from new_rows union select claim_id from old_rows' end;
begin
    execute format($sql$
        update claim c
        set ever_billed = exists (select 1 from batch_claim_history h where h.claim_id = c.id)
        where c.id in (%s)
        $sql$, touched);
    return null;
end
$$;

create trigger payment_totals_on_insert after insert on payment
    referencing new table as new_rows
    for each statement execute function refresh_claim_posting_totals();
create trigger payment_totals_on_update after update on payment
    referencing old table as old_rows new table as new_rows
    for each statement execute function refresh_claim_posting_totals();
create trigger payment_totals_on_delete after delete on payment
    referencing old table as old_rows
    for each statement execute function refresh_claim_posting_totals();

create trigger adjustment_totals_on_insert after insert on adjustment
    referencing new table as new_rows
    for each statement execute function refresh_claim_posting_totals();
create trigger adjustment_totals_on_update after update on adjustment
    referencing old table as old_rows new table as new_rows
    for each statement execute function refresh_claim_posting_totals();
create trigger adjustment_totals_on_delete after delete on adjustment
    referencing old table as old_rows
    for each statement execute function refresh_claim_posting_totals();

create trigger batch_history_ever_billed_on_insert after insert on batch_claim_history
    referencing new table as new_rows
    for each statement execute function refresh_claim_ever_billed();
create trigger batch_history_ever_billed_on_update after update on batch_claim_history
    referencing old table as old_rows new table as new_rows
    for each statement execute function refresh_claim_ever_billed();
create trigger batch_history_ever_billed_on_delete after delete on batch_claim_history
    referencing old table as old_rows
    for each statement execute function refresh_claim_ever_billed();

-- Backfill what was posted before this migration.
update claim c
set paid_amount = p.amount, first_paid_at = p.first_paid_at, adjudicated = true
from (select claim_id, sum(amount) as amount,
             min(posted_at) filter (where amount > 0) as first_paid_at
      from payment group by claim_id) p
where p.claim_id = c.id;

update claim c
set contractual_adjustment_amount = coalesce(a.contractual, 0),
    denied_amount = coalesce(a.denied, 0)
from (select claim_id,
             sum(amount) filter (where group_code = 'CO' and reason_code = '45') as contractual,
             sum(amount) filter (where group_code in ('CO', 'OA', 'PI') and reason_code <> '45'
                                   and amount > 0) as denied
      from adjustment group by claim_id) a
where a.claim_id = c.id;

update claim c set ever_billed = true
where exists (select 1 from batch_claim_history h where h.claim_id = c.id);

-- Open AR read from the index alone: every column the aging query needs, for open claims only.
drop index claim_open_ar_idx;
create index claim_open_ar_idx on claim (date_of_service)
    include (payer_id, rendering_clinician_id, status, total_charge, paid_amount,
             contractual_adjustment_amount, ever_billed)
    where status not in ('PAID', 'WRITTEN_OFF', 'VOIDED', 'CLOSED');

-- Deleting a claim line checks both tables for postings against it.
create index payment_claim_line_idx on payment (claim_line_id);
create index adjustment_claim_line_idx on adjustment (claim_line_id);
