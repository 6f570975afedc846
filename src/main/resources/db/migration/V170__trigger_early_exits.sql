-- Most claim writes happen before a claim is billed (drafting, coding, review, ready to submit):
-- they change nothing the AR summary sums, and a claim that is not adjudicated has no expected
-- amount to keep. V150's triggers built and planned their dynamic statements for every one of
-- them (1.1-2.1 ms a write in SubmissionThroughputBenchmark, the largest share of the database's
-- time). A static check, planned once per session, now returns before the dynamic statement when
-- no row of the statement can matter. The dynamic statements are V150's, unchanged.

-- The cohort of ar_claim_facts_sql: billed (or once billed) and not voided.
create function claim_in_ar_cohort(status varchar, ever_billed boolean) returns boolean
    language sql immutable as $$
    select status <> 'VOIDED'
       and (ever_billed or status in ('SUBMITTED', 'ACCEPTED', 'REJECTED', 'PARTIALLY_PAID',
                                      'DENIED', 'PATIENT_BALANCE', 'PAID', 'WRITTEN_OFF', 'CLOSED'))
$$;

create or replace function refresh_ar_summary() returns trigger language plpgsql as $$
declare
    matters boolean := false;
begin
    if tg_op <> 'DELETE' then
        matters := exists (select 1 from new_rows c
                           where claim_in_ar_cohort(c.status, c.ever_billed));
    end if;
    if not matters and tg_op <> 'INSERT' then
        matters := exists (select 1 from old_rows c
                           where claim_in_ar_cohort(c.status, c.ever_billed));
    end if;
    if not matters then
        return null;
    end if;
    execute ar_summary_apply_sql(case tg_op
        when 'INSERT' then ar_claim_facts_sql('new_rows', 1)
        when 'DELETE' then ar_claim_facts_sql('old_rows', -1)
        else ar_claim_facts_sql('new_rows', 1) || ' union all '
             || ar_claim_facts_sql('old_rows', -1) end);
    return null;
end
$$;

create or replace function refresh_claim_expected_for_lines() returns trigger language plpgsql as $$
declare
    matters boolean := false;
    touched text := case tg_op
        when 'INSERT' then 'select claim_id from new_rows'
        when 'DELETE' then 'select claim_id from old_rows'
        else 'select claim_id from new_rows union select claim_id from old_rows' end;
begin
    if tg_op <> 'DELETE' then
        matters := exists (select 1 from new_rows l join claim c on c.id = l.claim_id
                           where c.adjudicated);
    end if;
    if not matters and tg_op <> 'INSERT' then
        matters := exists (select 1 from old_rows l join claim c on c.id = l.claim_id
                           where c.adjudicated);
    end if;
    if not matters then
        return null;
    end if;
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
