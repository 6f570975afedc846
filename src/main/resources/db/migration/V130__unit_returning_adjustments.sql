-- Which 835 adjustments give an authorized unit back to its authorization when they deny a line
-- (nothing paid on it). A unit stays spent when the line is paid, when the patient owes it (PR),
-- or when the denial does not say the visit fell outside the authorization or must be billed
-- again. Billing leads can add or remove rows without a release.
create table unit_returning_adjustment (
    group_code   varchar(2) not null,
    reason_code  varchar(5) not null,
    why          varchar(200) not null,
    primary key (group_code, reason_code)
);
insert into unit_returning_adjustment (group_code, reason_code, why) values
    ('CO', '16',  'Claim lacks information: corrected and billed again, when it takes a unit anew'),
    ('CO', '15',  'Authorization number missing or invalid: the payer did not count the visit on it'),
    ('CO', '197', 'Precertification or authorization absent: the payer did not count the visit on it'),
    ('CO', '18',  'Duplicate claim: the original claim holds the unit'),
    ('OA', '18',  'Duplicate claim: the original claim holds the unit');
