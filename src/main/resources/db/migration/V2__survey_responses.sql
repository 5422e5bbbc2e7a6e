-- Residents' responses. One row per response; its answers are one JSON object keyed by question code, so a
-- response is stored atomically in a single insert and can never be half-written.

-- What to do with a second response from the same browser (device cookie): FLAG it (default), REJECT it with a
-- kind message, or ALLOW it (a shared kiosk tablet at a service counter). Operational, so it may change after publish.
alter table questionnaire
    add column duplicate_policy varchar(10) not null default 'FLAG' check (duplicate_policy in ('FLAG', 'REJECT', 'ALLOW'));

create table survey_response (
    id               bigint generated always as identity primary key,
    -- what the respondent's client knows the response by (API result); never the sequential id
    public_id        uuid         not null unique,
    questionnaire_id bigint       not null references questionnaire (id),
    -- the form's submission token or the API's Idempotency-Key: one response per key, ever
    submission_key   varchar(200) not null,
    -- SHA-256 of the canonical answers, to tell an honest retry from a different body under the same key
    request_hash     char(64)     not null check (request_hash ~ '^[0-9a-f]{64}$'),
    channel          varchar(10)  not null check (channel in ('WEB', 'API')),
    language         varchar(2)   not null check (language in ('id', 'en')),
    -- the privacy notice shown is the questionnaire version's (published questionnaires never change)
    notice_version   integer      not null check (notice_version > 0),
    answers          jsonb        not null check (jsonb_typeof(answers) = 'object'),
    submitted_at     timestamptz  not null default now(),
    fill_seconds     integer      check (fill_seconds >= 0),
    -- keyed hashes (HMAC with a key kept outside the database), scoped to the questionnaire: never raw addresses
    device_hash      char(64)     check (device_hash ~ '^[0-9a-f]{64}$'),
    source_hash      char(64)     check (source_hash ~ '^[0-9a-f]{64}$'),
    -- suspect responses are kept, flagged with their reasons, and left out of scores by default
    flag_reasons     varchar(20)[] not null default '{}'
        check (flag_reasons <@ array['HONEYPOT', 'TOO_FAST', 'DUPLICATE_DEVICE', 'RATE_LIMIT']::varchar(20)[]),
    flagged          boolean      generated always as (cardinality(flag_reasons) > 0) stored,
    unique (questionnaire_id, submission_key)
);
create index survey_response_device_idx on survey_response (questionnaire_id, device_hash) where device_hash is not null;
create index survey_response_questionnaire_time_idx on survey_response (questionnaire_id, submitted_at);

-- A response belongs to a published (or since closed) questionnaire; drafts take none.
create function reject_response_to_draft() returns trigger language plpgsql as $$
begin
    if (select status from questionnaire where id = new.questionnaire_id) = 'DRAFT' then
        raise exception 'questionnaire % is a draft and takes no responses', new.questionnaire_id
            using errcode = 'check_violation';
    end if;
    return new;
end $$;

create trigger survey_response_not_to_draft
    before insert on survey_response
    for each row execute function reject_response_to_draft();
