-- Issue #3: the write path of responses, cheaper per row and per statement.
--
-- The three hashes (the answers' SHA-256, the keyed device and source hashes) are 32 bytes; stored as 64 hex characters
-- they needed a hex check per value (translate(), most of the per-row cost of the check constraints in the writer's
-- statement) and twice the space. Now they are bytea: the app still speaks hex, and ResponseRepository converts with
-- decode()/encode(), which refuse anything but hex digits; the checks only hold the length, so a value is a 32-byte
-- hash or nothing, never a raw address or device id.
alter table survey_response
    drop constraint survey_response_request_hash_check,
    drop constraint survey_response_device_hash_check,
    drop constraint survey_response_source_hash_check;

alter table survey_response
    alter column request_hash type bytea using decode(request_hash, 'hex'),
    alter column device_hash type bytea using decode(device_hash, 'hex'),
    alter column source_hash type bytea using decode(source_hash, 'hex');

alter table survey_response
    add constraint survey_response_request_hash_check check (octet_length(request_hash) = 32),
    add constraint survey_response_device_hash_check check (octet_length(device_hash) = 32),
    add constraint survey_response_source_hash_check check (octet_length(source_hash) = 32);
