-- The manager's aging and KPIs read a small summary instead of every claim (ArQueryBenchmark: a
-- million claim lines). Two steps, each kept by the database in the same transaction as the write:
--
-- 1. Every per-claim fact the figures need is a column of the claim row. V115 keeps the posting
--    totals; this adds whether the claim was reworked or rejected (claim_defect), what the 835s
--    allowed on the first remittance file and whether it denied anything there, the patient
--    responsibility, and the amount expected from the fee schedule in force on the date of service
--    (computed when the claim is adjudicated and again whenever its lines, its payer, its date of
--    service or the fee schedules change), so the underpayment figures need no per-claim lookup.
-- 2. ar_summary sums those facts by day of service (grain 'D') and by month of service (grain 'M',
--    the first of the month) per payer, clinician and aging category ('not open' for claims that
--    are billed but not open AR). A statement-level trigger on claim appends to ar_summary_delta
--    what the new row versions contribute minus what the old ones did, so ar_summary plus its
--    deltas (the view ar_summary_current) is always the group-by of the claim table; a scheduled
--    compaction folds the deltas into ar_summary. Aging buckets depend on the as-of date and are formed at query time from the day
--    rows; months older than the 120-day bucket and whole months of a KPI period read month rows.
--
-- ar_claim_facts_sql is the one definition of what a claim contributes: the trigger applies it to
-- the transition tables, the backfill below to the whole claim table.

alter table claim
    add column reworked                      boolean not null default false,
    add column rejected                      boolean not null default false,
    add column expected_amount               numeric(14, 2),
    add column allowed_first_amount          numeric(14, 2) not null default 0,
    add column denied_first                  boolean not null default false,
    add column patient_responsibility_amount numeric(14, 2) not null default 0;

-- What the payer's fee schedule in force on the date of service pays for the claim's lines
-- (contracted amount x units), or null when the claim has no line or a line the schedule does not
-- price. A line's first modifier must match the entry's, or the entry has none.
create function claim_expected_amount(p_claim bigint, p_payer bigint, p_date_of_service date)
    returns numeric language sql stable as $$
    select case when count(*) > 0 and count(*) = count(e.id)
                then sum(e.contracted_amount * l.units) end
    from claim_line l
    left join lateral (
        select f.id from fee_schedule f
        where f.payer_id = p_payer and f.effective_from <= p_date_of_service
          and (f.effective_to is null or f.effective_to >= p_date_of_service)
        order by f.effective_from desc limit 1) fs on true
    left join lateral (
        select e.id, e.contracted_amount from fee_schedule_entry e
        where e.fee_schedule_id = fs.id and e.procedure_code = l.procedure_code
          and e.modifier in (coalesce(l.modifiers ->> 0, ''), '')
        order by e.modifier = '' limit 1) e on true
    where l.claim_id = p_claim
$$;

-- V115's posting totals, plus what the first remittance file (lowest id with a payment) allowed
-- (payments + PR there), whether it denied anything (CO/OA/PI other than CO-45, amount > 0), the
-- patient responsibility over all files, and the expected amount when a claim becomes adjudicated
-- (while it stays adjudicated, the triggers below keep it: postings do not change it).
-- Set-based throughout: each posting and adjustment of the touched claims is read once (the first
-- file by a window over the claim's payments), and the expected amounts of the claims becoming
-- adjudicated come from one join of their lines with the fee schedules, not a lookup per claim; a
-- statement posting hundreds of thousands of claims stays a handful of hash joins.
create or replace function refresh_claim_posting_totals() returns trigger language plpgsql as $$
declare
    touched text := case tg_op
        when 'INSERT' then 'select claim_id from new_rows'
        when 'DELETE' then 'select claim_id from old_rows'
        else 'select claim_id from new_rows union select claim_id from old_rows' end;
begin
    execute format($sql$
        with touched as (select distinct claim_id as id from (%s) t),
        payments as (
            select p.claim_id, p.amount, p.posted_at, p.remittance_file_id,
                   min(p.remittance_file_id) over (partition by p.claim_id) as first_file_id
            from payment p join touched k on k.id = p.claim_id),
        paid as (
            select claim_id, sum(amount) as amount,
                   min(posted_at) filter (where amount > 0) as first_paid_at,
                   min(first_file_id) as first_file_id,
                   coalesce(sum(amount) filter (where remittance_file_id = first_file_id), 0)
                       as first_amount
            from payments group by claim_id),
        adjusted as (
            select a.claim_id,
                   sum(a.amount) filter (where a.group_code = 'CO' and a.reason_code = '45')
                       as contractual,
                   sum(a.amount) filter (where a.group_code in ('CO', 'OA', 'PI')
                                           and a.reason_code <> '45' and a.amount > 0) as denied,
                   sum(a.amount) filter (where a.group_code = 'PR') as patient,
                   sum(a.amount) filter (where a.remittance_file_id = pd.first_file_id
                                           and a.group_code = 'PR') as first_patient,
                   bool_or(a.remittance_file_id = pd.first_file_id
                           and a.group_code in ('CO', 'OA', 'PI') and a.reason_code <> '45'
                           and a.amount > 0) as first_denied
            from adjustment a join touched k on k.id = a.claim_id
            left join paid pd on pd.claim_id = a.claim_id
            group by a.claim_id),
        expected as (
            select l.claim_id,
                   case when count(*) = count(e.contracted_amount)
                        then sum(e.contracted_amount * l.units) end as amount
            from paid pd
            join claim c on c.id = pd.claim_id and not c.adjudicated
            join claim_line l on l.claim_id = c.id
            left join lateral (
                select f.id from fee_schedule f
                where f.payer_id = c.payer_id and f.effective_from <= c.date_of_service
                  and (f.effective_to is null or f.effective_to >= c.date_of_service)
                order by f.effective_from desc limit 1) fs on true
            left join lateral (
                select e.contracted_amount from fee_schedule_entry e
                where e.fee_schedule_id = fs.id and e.procedure_code = l.procedure_code
                  and e.modifier in (coalesce(l.modifiers ->> 0, ''), '')
                order by e.modifier = '' limit 1) e on true
            group by l.claim_id)
        update claim c
        set paid_amount = coalesce(p.amount, 0),
            first_paid_at = p.first_paid_at,
            adjudicated = p.claim_id is not null,
            contractual_adjustment_amount = coalesce(a.contractual, 0),
            denied_amount = coalesce(a.denied, 0),
            patient_responsibility_amount = coalesce(a.patient, 0),
            allowed_first_amount = case when p.claim_id is null then 0
                else p.first_amount + coalesce(a.first_patient, 0) end,
            denied_first = coalesce(a.first_denied, false),
            expected_amount = case when p.claim_id is null then null
                when c.adjudicated then c.expected_amount
                else x.amount end
        from touched k
        left join paid p on p.claim_id = k.id
        left join adjusted a on a.claim_id = k.id
        left join expected x on x.claim_id = k.id
        where c.id = k.id
        $sql$, touched);
    return null;
end
$$;

-- Whether any defect was ever raised on the claim, and whether one was a 999/277CA rejection.
create function refresh_claim_defect_flags() returns trigger language plpgsql as $$
declare
    touched text := case tg_op
        when 'INSERT' then 'select claim_id from new_rows'
        when 'DELETE' then 'select claim_id from old_rows'
        else 'select claim_id from new_rows union select claim_id from old_rows' end;
begin
    execute format($sql$
        update claim c
        set reworked = f.reworked, rejected = f.rejected
        from (select k.id,
                     exists (select 1 from claim_defect d where d.claim_id = k.id) as reworked,
                     exists (select 1 from claim_defect d
                             where d.claim_id = k.id and d.code = 'CLAIM_REJECTED') as rejected
              from (select distinct claim_id as id from (%s) t) k) f
        where c.id = f.id and (c.reworked, c.rejected) is distinct from (f.reworked, f.rejected)
        $sql$, touched);
    return null;
end
$$;

create trigger claim_defect_flags_on_insert after insert on claim_defect
    referencing new table as new_rows
    for each statement execute function refresh_claim_defect_flags();
create trigger claim_defect_flags_on_update after update on claim_defect
    referencing old table as old_rows new table as new_rows
    for each statement execute function refresh_claim_defect_flags();
create trigger claim_defect_flags_on_delete after delete on claim_defect
    referencing old table as old_rows
    for each statement execute function refresh_claim_defect_flags();

-- The expected amount of adjudicated claims follows their lines...
create function refresh_claim_expected_for_lines() returns trigger language plpgsql as $$
declare
    touched text := case tg_op
        when 'INSERT' then 'select claim_id from new_rows'
        when 'DELETE' then 'select claim_id from old_rows'
        else 'select claim_id from new_rows union select claim_id from old_rows' end;
begin
    execute format($sql$
        update claim c
        set expected_amount = claim_expected_amount(c.id, c.payer_id, c.date_of_service)
        where c.id in (%s) and c.adjudicated
          and c.expected_amount
              is distinct from claim_expected_amount(c.id, c.payer_id, c.date_of_service)
        $sql$, touched);
    return null;
end
$$;

create trigger claim_line_expected_on_insert after insert on claim_line
    referencing new table as new_rows
    for each statement execute function refresh_claim_expected_for_lines();
create trigger claim_line_expected_on_update after update on claim_line
    referencing old table as old_rows new table as new_rows
    for each statement execute function refresh_claim_expected_for_lines();
create trigger claim_line_expected_on_delete after delete on claim_line
    referencing old table as old_rows
    for each statement execute function refresh_claim_expected_for_lines();

-- ...the fee schedules (the adjudicated claims of the payer whose date of service falls in a
-- touched schedule's dates; rare, administrative writes)...
create function refresh_claim_expected_for_schedules() returns trigger language plpgsql as $$
declare
    schedules text := case tg_op
        when 'INSERT' then 'select * from new_rows'
        when 'DELETE' then 'select * from old_rows'
        else 'select * from new_rows union all select * from old_rows' end;
begin
    execute format($sql$
        update claim c
        set expected_amount = claim_expected_amount(c.id, c.payer_id, c.date_of_service)
        from (select distinct payer_id, effective_from, effective_to from (%s) t) s
        where c.payer_id = s.payer_id and c.adjudicated
          and c.date_of_service >= s.effective_from
          and (s.effective_to is null or c.date_of_service <= s.effective_to)
          and c.expected_amount
              is distinct from claim_expected_amount(c.id, c.payer_id, c.date_of_service)
        $sql$, schedules);
    return null;
end
$$;

create function refresh_claim_expected_for_entries() returns trigger language plpgsql as $$
declare
    entries text := case tg_op
        when 'INSERT' then 'select fee_schedule_id, procedure_code from new_rows'
        when 'DELETE' then 'select fee_schedule_id, procedure_code from old_rows'
        else 'select fee_schedule_id, procedure_code from new_rows'
             || ' union select fee_schedule_id, procedure_code from old_rows' end;
begin
    execute format($sql$
        update claim c
        set expected_amount = claim_expected_amount(c.id, c.payer_id, c.date_of_service)
        from (select distinct f.payer_id, f.effective_from, f.effective_to, t.procedure_code
              from (%s) t join fee_schedule f on f.id = t.fee_schedule_id) s
        where c.payer_id = s.payer_id and c.adjudicated
          and c.date_of_service >= s.effective_from
          and (s.effective_to is null or c.date_of_service <= s.effective_to)
          and exists (select 1 from claim_line l
                      where l.claim_id = c.id and l.procedure_code = s.procedure_code)
          and c.expected_amount
              is distinct from claim_expected_amount(c.id, c.payer_id, c.date_of_service)
        $sql$, entries);
    return null;
end
$$;

create trigger fee_schedule_expected_on_insert after insert on fee_schedule
    referencing new table as new_rows
    for each statement execute function refresh_claim_expected_for_schedules();
create trigger fee_schedule_expected_on_update after update on fee_schedule
    referencing old table as old_rows new table as new_rows
    for each statement execute function refresh_claim_expected_for_schedules();
create trigger fee_schedule_expected_on_delete after delete on fee_schedule
    referencing old table as old_rows
    for each statement execute function refresh_claim_expected_for_schedules();

create trigger fee_schedule_entry_expected_on_insert after insert on fee_schedule_entry
    referencing new table as new_rows
    for each statement execute function refresh_claim_expected_for_entries();
create trigger fee_schedule_entry_expected_on_update after update on fee_schedule_entry
    referencing old table as old_rows new table as new_rows
    for each statement execute function refresh_claim_expected_for_entries();
create trigger fee_schedule_entry_expected_on_delete after delete on fee_schedule_entry
    referencing old table as old_rows
    for each statement execute function refresh_claim_expected_for_entries();

-- ...and the claim's own payer and date of service.
create function claim_expected_on_move() returns trigger language plpgsql as $$
begin
    new.expected_amount := case when new.adjudicated
        then claim_expected_amount(new.id, new.payer_id, new.date_of_service) end;
    return new;
end
$$;

create trigger claim_expected_on_move before update of payer_id, date_of_service on claim
    for each row
    when (old.payer_id is distinct from new.payer_id
          or old.date_of_service is distinct from new.date_of_service)
    execute function claim_expected_on_move();

-- Backfill the new claim columns (the summary trigger does not exist yet).
update claim c
set reworked = true, rejected = d.rejected
from (select claim_id, bool_or(code = 'CLAIM_REJECTED') as rejected
      from claim_defect group by claim_id) d
where d.claim_id = c.id;

update claim c
set patient_responsibility_amount = a.patient
from (select claim_id, sum(amount) as patient from adjustment where group_code = 'PR'
      group by claim_id) a
where a.claim_id = c.id;

update claim c
set allowed_first_amount = coalesce((select sum(p.amount) from payment p
                                     where p.claim_id = c.id
                                       and p.remittance_file_id = ff.file_id), 0)
        + coalesce((select sum(a.amount) from adjustment a
                    where a.claim_id = c.id and a.remittance_file_id = ff.file_id
                      and a.group_code = 'PR'), 0),
    denied_first = exists (select 1 from adjustment a
                           where a.claim_id = c.id and a.remittance_file_id = ff.file_id
                             and a.group_code in ('CO', 'OA', 'PI') and a.reason_code <> '45'
                             and a.amount > 0),
    expected_amount = claim_expected_amount(c.id, c.payer_id, c.date_of_service)
from (select claim_id, min(remittance_file_id) as file_id from payment group by claim_id) ff
where ff.claim_id = c.id;

create table ar_summary (
    grain                  char(1)        not null check (grain in ('D', 'M')),
    period_start           date           not null,
    payer_id               bigint         not null,
    clinician_id           bigint         not null,
    category               varchar(30)    not null,
    claims                 bigint         not null,
    open_balance           numeric(16, 2) not null,
    clean_claims           bigint         not null,
    adjudicated_claims     bigint         not null,
    first_pass_claims      bigint         not null,
    charges                numeric(16, 2) not null,
    paid                   numeric(16, 2) not null,
    contractual            numeric(16, 2) not null,
    denied                 numeric(16, 2) not null,
    paid_claims            bigint         not null,
    days_to_payment        bigint         not null,
    underpaid_claims       bigint         not null,
    underpayment_found     numeric(16, 2) not null,
    underpayment_recovered numeric(16, 2) not null,
    primary key (grain, period_start, payer_id, clinician_id, category)
);

-- The claim trigger appends what each statement changes here instead of updating ar_summary in
-- place: a plain insert locks no shared row, so concurrent transactions moving claims of the same
-- day, payer, clinician and category neither wait for each other until commit nor deadlock by
-- touching keys in opposite orders. A compaction folds the rows into ar_summary every half minute.
create table ar_summary_delta (like ar_summary);

-- What the figures read: the compacted sums plus the deltas since (sum over any key).
create view ar_summary_current as
select * from ar_summary
union all
select * from ar_summary_delta;

-- What each claim row of a relation contributes, times a sign (+1 new, -1 old), one row per claim
-- in the KPI cohort (billed, not voided); open AR is the part with an aging category.
create function ar_claim_facts_sql(source text, sign int) returns text language sql immutable as $f$
    select format($sql$
    select %2$s::int as sign, c.date_of_service, c.payer_id,
           c.rendering_clinician_id as clinician_id,
           case when c.status not in ('PAID', 'WRITTEN_OFF', 'CLOSED')
                 and c.total_charge - c.paid_amount - c.contractual_adjustment_amount > 0
                then case c.status when 'DENIED' then 'denials'
                                   when 'PARTIALLY_PAID' then 'underpayments'
                                   when 'PATIENT_BALANCE' then 'patient balance'
                                   when 'SUBMITTED' then 'no response'
                                   when 'ACCEPTED' then 'no response'
                                   else 'reprocessing/rejected' end
                else 'not open' end as category,
           case when c.status not in ('PAID', 'WRITTEN_OFF', 'CLOSED')
                 and c.total_charge - c.paid_amount - c.contractual_adjustment_amount > 0
                then c.total_charge - c.paid_amount - c.contractual_adjustment_amount
                else 0 end as open_balance,
           (not c.reworked)::int as clean,
           c.adjudicated::int as adjudicated,
           (c.adjudicated and not c.rejected and c.denied_amount = 0 and c.paid_amount > 0)::int
               as first_pass,
           c.total_charge as charge, c.paid_amount as paid,
           c.contractual_adjustment_amount as contractual, c.denied_amount as denied,
           (c.first_paid_at is not null)::int as paid_claim,
           coalesce(c.first_paid_at::date - c.date_of_service, 0) as days_to_payment,
           u.underpaid, u.found, least(u.found, u.recovered) as recovered
    from %1$s c
    cross join lateral (
        select (c.expected_amount > c.allowed_first_amount)::int as underpaid,
               greatest(c.expected_amount - c.allowed_first_amount, 0) as found,
               greatest(c.paid_amount + c.patient_responsibility_amount
                        - c.allowed_first_amount, 0) as recovered
        where c.adjudicated and c.expected_amount is not null and not c.denied_first
        union all
        select 0, 0, 0
        where not (c.adjudicated and c.expected_amount is not null and not c.denied_first)) u
    where c.status <> 'VOIDED'
      and (c.status in ('SUBMITTED', 'ACCEPTED', 'REJECTED', 'PARTIALLY_PAID', 'DENIED',
                        'PATIENT_BALANCE', 'PAID', 'WRITTEN_OFF', 'CLOSED')
           or c.ever_billed)
    $sql$, source, sign)
$f$;

-- Appends the summed contributions of the facts to ar_summary_delta, by day and by month; a
-- statement that changes nothing the figures read (most claim updates) writes nothing.
create function ar_summary_apply_sql(facts text) returns text language sql immutable as $f$
    select format($sql$
    with facts as (%s),
    delta as (
        select g.grain, g.period_start, f.payer_id, f.clinician_id, f.category,
               sum(f.sign) as claims, sum(f.sign * f.open_balance) as open_balance,
               sum(f.sign * f.clean) as clean_claims,
               sum(f.sign * f.adjudicated) as adjudicated_claims,
               sum(f.sign * f.first_pass) as first_pass_claims,
               sum(f.sign * f.charge) as charges, sum(f.sign * f.paid) as paid,
               sum(f.sign * f.contractual) as contractual, sum(f.sign * f.denied) as denied,
               sum(f.sign * f.paid_claim) as paid_claims,
               sum(f.sign * f.days_to_payment) as days_to_payment,
               sum(f.sign * f.underpaid) as underpaid_claims,
               sum(f.sign * f.found) as underpayment_found,
               sum(f.sign * f.recovered) as underpayment_recovered
        from facts f
        cross join lateral (values
            ('D', f.date_of_service),
            ('M', date_trunc('month', f.date_of_service::timestamp)::date)) g(grain, period_start)
        group by 1, 2, 3, 4, 5)
    insert into ar_summary_delta
    select * from delta
    where (claims, open_balance, clean_claims, adjudicated_claims, first_pass_claims, charges,
           paid, contractual, denied, paid_claims, days_to_payment, underpaid_claims,
           underpayment_found, underpayment_recovered)
          is distinct from (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    $sql$, facts)
$f$;

-- Moves every delta row this statement sees into ar_summary, summed per key, and returns how many
-- it moved. Delta rows another transaction inserts meanwhile are not in the delete's snapshot:
-- they stay for the next compaction, so nothing is lost or counted twice. ArSummaryCompaction
-- runs it on a schedule, one node at a time.
create function ar_summary_compact() returns bigint language sql as $$
    with moved as (delete from ar_summary_delta returning *),
    summed as (
        select grain, period_start, payer_id, clinician_id, category,
               sum(claims) as claims, sum(open_balance) as open_balance,
               sum(clean_claims) as clean_claims, sum(adjudicated_claims) as adjudicated_claims,
               sum(first_pass_claims) as first_pass_claims, sum(charges) as charges,
               sum(paid) as paid, sum(contractual) as contractual, sum(denied) as denied,
               sum(paid_claims) as paid_claims, sum(days_to_payment) as days_to_payment,
               sum(underpaid_claims) as underpaid_claims,
               sum(underpayment_found) as underpayment_found,
               sum(underpayment_recovered) as underpayment_recovered
        from moved group by 1, 2, 3, 4, 5),
    merged as (
        insert into ar_summary
        select * from summed
        order by grain, period_start, payer_id, clinician_id, category
        on conflict (grain, period_start, payer_id, clinician_id, category) do update set
            claims = ar_summary.claims + excluded.claims,
            open_balance = ar_summary.open_balance + excluded.open_balance,
            clean_claims = ar_summary.clean_claims + excluded.clean_claims,
            adjudicated_claims = ar_summary.adjudicated_claims + excluded.adjudicated_claims,
            first_pass_claims = ar_summary.first_pass_claims + excluded.first_pass_claims,
            charges = ar_summary.charges + excluded.charges,
            paid = ar_summary.paid + excluded.paid,
            contractual = ar_summary.contractual + excluded.contractual,
            denied = ar_summary.denied + excluded.denied,
            paid_claims = ar_summary.paid_claims + excluded.paid_claims,
            days_to_payment = ar_summary.days_to_payment + excluded.days_to_payment,
            underpaid_claims = ar_summary.underpaid_claims + excluded.underpaid_claims,
            underpayment_found = ar_summary.underpayment_found + excluded.underpayment_found,
            underpayment_recovered
                = ar_summary.underpayment_recovered + excluded.underpayment_recovered
        returning 1)
    select count(*) from moved
$$;

create function refresh_ar_summary() returns trigger language plpgsql as $$
begin
    execute ar_summary_apply_sql(case tg_op
        when 'INSERT' then ar_claim_facts_sql('new_rows', 1)
        when 'DELETE' then ar_claim_facts_sql('old_rows', -1)
        else ar_claim_facts_sql('new_rows', 1) || ' union all '
             || ar_claim_facts_sql('old_rows', -1) end);
    return null;
end
$$;

-- Backfill from the claims as they are, then keep the summary with every claim write.
do $$ begin execute ar_summary_apply_sql(ar_claim_facts_sql('claim', 1)); end $$;
select ar_summary_compact();

create trigger claim_ar_summary_on_insert after insert on claim
    referencing new table as new_rows
    for each statement execute function refresh_ar_summary();
create trigger claim_ar_summary_on_update after update on claim
    referencing old table as old_rows new table as new_rows
    for each statement execute function refresh_ar_summary();
create trigger claim_ar_summary_on_delete after delete on claim
    referencing old table as old_rows
    for each statement execute function refresh_ar_summary();
