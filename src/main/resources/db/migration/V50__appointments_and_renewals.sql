-- Appointments: what the practice has booked, so an authorization's units can be forecast.
create sequence appointment_seq increment by 50;
create table appointment (
    id              bigint primary key,
    patient_id      bigint not null references patient (id),
    clinician_id    bigint not null references clinician (id),
    procedure_code  varchar(5) not null,
    scheduled_date  date not null,
    status          varchar(20) not null,
    version         bigint not null default 0
);
create index appointment_patient_idx on appointment (patient_id, scheduled_date);

-- The payer's answer to a renewal request, and the authorization it produced when approved.
alter table authorization_grant
    add column renewal_decision varchar(20),
    add column renewed_by_id bigint references authorization_grant (id) on delete set null;
