-- The process step that caused a claim action or a final appeal letter: the denial (its
-- denial-work instance), the step and the how-many-th time that step ran there. A step that runs
-- again with the same inputs (a job retried after a lock timeout, a step restarted by an operator)
-- finds its row and changes nothing; a later round of the same step (a second write-off request
-- after a refusal) is a new occasion. Actions entered outside a process have none.
alter table claim_action add column occasion varchar(200);
create unique index claim_action_occasion_idx on claim_action (claim_id, occasion)
    where occasion is not null;
alter table appeal_letter add column occasion varchar(200);
create unique index appeal_letter_occasion_idx on appeal_letter (claim_id, occasion)
    where occasion is not null;
