-- A number that changes with every write to the reference data a claim's rules read (payers,
-- their profiles and fee schedules, clinicians, billing providers). A node keeps what it read of
-- them in memory under the number it saw, and reads them again once the number has moved, so a
-- change made through any node reaches every node's next claim. The numbers come from a sequence,
-- which a rolled-back write still uses up: a number is never seen for two different states.
create sequence reference_data_version_seq;

create table reference_data_version (
    id      boolean primary key default true check (id),
    version bigint  not null
);

insert into reference_data_version (id, version) values (true, 0);

create function bump_reference_data_version() returns trigger
    language plpgsql as
$$
begin
    update reference_data_version set version = nextval('reference_data_version_seq');
    return null;
end
$$;

do
$$
declare
    reference_table text;
begin
    foreach reference_table in array array['payer', 'payer_profile', 'fee_schedule',
                                            'fee_schedule_entry', 'clinician', 'billing_provider']
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I'
                           || ' for each statement execute function bump_reference_data_version()',
                       reference_table || '_reference_data_version', reference_table);
    end loop;
end
$$;
