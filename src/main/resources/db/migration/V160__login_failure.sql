-- Failed log-ins per user name, shared by every node so that a second node gives no extra guesses.
-- The name is kept as the SHA-256 of its trimmed lower-case form: people type passwords into the
-- name field, and a name of any length fits the key.
create table login_failure (
    name_hash    char(64)                 primary key,
    failures     integer                  not null check (failures > 0),
    last_failure timestamp with time zone not null
);

-- Purging names whose lockout period has passed reads this.
create index login_failure_last_failure on login_failure (last_failure);
