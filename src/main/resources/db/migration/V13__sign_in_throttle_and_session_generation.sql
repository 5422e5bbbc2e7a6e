-- Issue #21. Sign-in throttling by source: one row per keyed hash of a source address (all accounts) or of an account
-- and a source, never the address itself. Attempts are counted before the password is checked, in one statement,
-- so parallel guesses all count; a source over its limit is refused for a while, longer after each block (strikes).
create table sign_in_throttle (
    key_hash      varchar(64) primary key,
    attempts      integer     not null,
    window_start  timestamptz not null,
    blocked_until timestamptz,
    strikes       integer     not null default 0
);

-- The generation of a staff user's sessions, carried in the session cookie: raised by signing out and by a new
-- password, which ends every session issued before.
alter table staff_user add column session_generation bigint not null default 0;

-- failed_sign_ins and locked_until now mean: consecutive failures of the account, and the time before which the
-- next attempt is not checked (a back-off delay a stranger can cause, never a lock).
comment on column staff_user.locked_until is 'no password check before this time (sign-in back-off, issue #21)';
