-- The payer's reference for a renewal decision (call reference or case number), approved or denied.
alter table authorization_grant add column renewal_reference varchar(50);
