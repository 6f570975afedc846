-- Continuum's own tables. The engine keeps its ACT_* tables beside them and manages those itself.
-- Money is numeric(12,2); instants are timestamptz (UTC); rule data that varies by payer is jsonb
-- so that a payer profile can grow a rule without a migration of every payer.

create sequence organisation_seq increment by 50;
create table organisation (
    id          bigint primary key,
    name        varchar(200) not null,
    created_at  timestamptz not null default now()
);

create sequence billing_provider_seq increment by 50;
create table billing_provider (
    id              bigint primary key,
    organisation_id bigint not null references organisation (id),
    name            varchar(200) not null,
    npi             varchar(10) not null unique,
    tax_id          varchar(9) not null,
    taxonomy_code   varchar(10) not null,
    address_line1   varchar(200) not null,
    address_line2   varchar(200),
    city            varchar(100) not null,
    state           varchar(2) not null,
    postal_code     varchar(10) not null,
    phone           varchar(20)
);

create sequence clinician_seq increment by 50;
create table clinician (
    id               bigint primary key,
    first_name       varchar(100) not null,
    last_name        varchar(100) not null,
    npi              varchar(10) not null unique,
    credential       varchar(30) not null,
    licensure_level  varchar(20) not null,
    prescriber       boolean not null default false,
    taxonomy_code    varchar(10),
    user_id          varchar(64) unique,
    active           boolean not null default true,
    version          bigint not null default 0
);

create sequence patient_seq increment by 50;
create table patient (
    id             bigint primary key,
    external_id    varchar(64) unique,
    first_name     varchar(100) not null,
    last_name      varchar(100) not null,
    date_of_birth  date not null,
    sex            varchar(1) not null,
    address_line1  varchar(200),
    address_line2  varchar(200),
    city           varchar(100),
    state          varchar(2),
    postal_code    varchar(10),
    phone          varchar(20),
    primary_clinician_id bigint references clinician (id),
    version        bigint not null default 0
);
create index patient_name_idx on patient (lower(last_name), lower(first_name));

create sequence payer_seq increment by 50;
create table payer (
    id        bigint primary key,
    code      varchar(30) not null unique,
    name      varchar(200) not null,
    payer_id  varchar(80) not null,
    family    varchar(20) not null,
    active    boolean not null default true,
    version   bigint not null default 0
);

-- One profile per payer: the rules that make this payer different from the next one.
create table payer_profile (
    payer_id                  bigint primary key references payer (id) on delete cascade,
    timely_filing_days        int not null,
    appeal_window_days        jsonb not null,
    expected_turnaround_days  int not null,
    auth_required_codes       jsonb not null,
    auth_renewal_lead_days    int not null default 14,
    telehealth_policy         jsonb not null,
    licensure_modifiers       jsonb not null,
    documentation_rules       jsonb not null,
    visit_cap_per_year        int
);

create sequence fee_schedule_seq increment by 50;
create table fee_schedule (
    id              bigint primary key,
    payer_id        bigint not null references payer (id) on delete cascade,
    effective_from  date not null,
    effective_to    date,
    constraint fee_schedule_dates check (effective_to is null or effective_to >= effective_from)
);
create index fee_schedule_payer_idx on fee_schedule (payer_id, effective_from);

create sequence fee_schedule_entry_seq increment by 50;
create table fee_schedule_entry (
    id                 bigint primary key,
    fee_schedule_id    bigint not null references fee_schedule (id) on delete cascade,
    procedure_code     varchar(5) not null,
    modifier           varchar(2) not null default '',
    charge_amount      numeric(12, 2) not null check (charge_amount >= 0),
    contracted_amount  numeric(12, 2) not null check (contracted_amount >= 0),
    unique (fee_schedule_id, procedure_code, modifier)
);

create sequence coverage_seq increment by 50;
create table coverage (
    id                     bigint primary key,
    patient_id             bigint not null references patient (id),
    payer_id               bigint not null references payer (id),
    member_id              varchar(80) not null,
    group_number           varchar(50),
    priority               varchar(10) not null,
    subscriber_relationship varchar(10) not null,
    subscriber_first_name  varchar(100),
    subscriber_last_name   varchar(100),
    subscriber_date_of_birth date,
    effective_from         date not null,
    effective_to           date,
    version                bigint not null default 0,
    constraint coverage_dates check (effective_to is null or effective_to >= effective_from)
);
create index coverage_patient_idx on coverage (patient_id);

create sequence authorization_seq increment by 50;
create table authorization_grant (
    id                      bigint primary key,
    patient_id              bigint not null references patient (id),
    payer_id                bigint not null references payer (id),
    authorization_number    varchar(50) not null,
    procedure_codes         jsonb not null,
    units_approved          int not null check (units_approved >= 0),
    units_used              int not null default 0 check (units_used >= 0),
    start_date              date not null,
    end_date                date not null,
    rendering_clinician_id  bigint references clinician (id),
    status                  varchar(20) not null,
    version                 bigint not null default 0,
    constraint authorization_dates check (end_date >= start_date),
    constraint authorization_units check (units_used <= units_approved)
);
create index authorization_patient_idx on authorization_grant (patient_id, payer_id);

create sequence therapy_session_seq increment by 50;
create table therapy_session (
    id                         bigint primary key,
    source_session_id          varchar(100) unique,
    patient_id                 bigint not null references patient (id),
    clinician_id               bigint not null references clinician (id),
    coverage_id                bigint not null references coverage (id),
    date_of_service            date not null,
    start_time                 time,
    end_time                   time,
    minutes                    int,
    procedure_code             varchar(5) not null,
    add_on_codes               jsonb not null default '[]',
    em_code                    varchar(5),
    modality                   varchar(20) not null,
    patient_location           varchar(20) not null,
    diagnosis_codes            jsonb not null default '[]',
    note_signed_at             timestamptz,
    treatment_plan_reviewed_on date,
    created_at                 timestamptz not null default now()
);
create index therapy_session_patient_idx on therapy_session (patient_id, date_of_service);

create sequence claim_seq increment by 50;
create table claim (
    id                      bigint primary key,
    session_id              bigint references therapy_session (id),
    patient_id              bigint not null references patient (id),
    coverage_id             bigint not null references coverage (id),
    payer_id                bigint not null references payer (id),
    billing_provider_id     bigint not null references billing_provider (id),
    rendering_clinician_id  bigint not null references clinician (id),
    status                  varchar(30) not null,
    frequency_code          varchar(1) not null default '1',
    payer_claim_number      varchar(50),
    place_of_service        varchar(2),
    date_of_service         date not null,
    total_charge            numeric(12, 2) not null default 0,
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now(),
    version                 bigint not null default 0
);
create index claim_status_idx on claim (status);
create index claim_payer_idx on claim (payer_id, date_of_service);

create sequence claim_line_seq increment by 50;
create table claim_line (
    id                   bigint primary key,
    claim_id             bigint not null references claim (id) on delete cascade,
    line_number          int not null,
    procedure_code       varchar(5) not null,
    modifiers            jsonb not null default '[]',
    units                int not null check (units > 0),
    charge               numeric(12, 2) not null check (charge >= 0),
    diagnosis_pointers   jsonb not null default '[]',
    date_of_service      date not null,
    authorization_id     bigint references authorization_grant (id),
    unique (claim_id, line_number)
);
