-- Issue #3: the write path of responses, cheaper per row.
--
-- The hex checks on the three keyed hashes were regular expressions; PostgreSQL compiles a matcher's states anew for
-- every value it tests, which was ~10 % of the database's CPU time while storing responses (perf during
-- bench/submissions.sh). The same rule, checked with plain string functions: exactly 64 characters (length() of a
-- char(64) ignores its padding, so a shorter value fails), all of them lower-case hex digits.
-- Added NOT VALID and then validated: the rows already there are checked once, as a new constraint would be.
alter table survey_response
    drop constraint survey_response_request_hash_check,
    drop constraint survey_response_device_hash_check,
    drop constraint survey_response_source_hash_check,
    add constraint survey_response_request_hash_check
        check (length(request_hash) = 64 and translate(request_hash, '0123456789abcdef', '') = '') not valid,
    add constraint survey_response_device_hash_check
        check (length(device_hash) = 64 and translate(device_hash, '0123456789abcdef', '') = '') not valid,
    add constraint survey_response_source_hash_check
        check (length(source_hash) = 64 and translate(source_hash, '0123456789abcdef', '') = '') not valid;

alter table survey_response validate constraint survey_response_request_hash_check;
alter table survey_response validate constraint survey_response_device_hash_check;
alter table survey_response validate constraint survey_response_source_hash_check;
