-- Retention (UU 27/2022 PDP): raw responses are kept for one evaluation cycle after their questionnaire stopped
-- collecting, then anonymised in place. Anonymised, not deleted: the score aggregates (V3) are checked against and
-- rebuilt from these rows, so a deleted row would silently vanish from the scores at the next rebuild. An anonymised
-- row keeps only what scores and profile breakdowns need: the scored answers, closed profile answers, the flags,
-- channel, language, notice version and the day it was sent.

alter table survey_response
    add column anonymised_at timestamptz,
    -- the idempotency key and the answers' hash link a row to a client's retry (and to whatever the client kept);
    -- their purpose ended with the campaign
    alter column submission_key drop not null,
    alter column request_hash drop not null;

-- Until anonymised, a response keeps its key (the idempotency guarantee); once anonymised, nothing that could
-- re-link it to a person, a device, an address or a moment remains. The database holds every writer to this.
alter table survey_response
    add constraint survey_response_keyed_until_anonymised
        check (anonymised_at is not null or (submission_key is not null and request_hash is not null)),
    add constraint survey_response_anonymised_holds_no_link
        check (anonymised_at is null or (submission_key is null and request_hash is null and device_hash is null
                                         and source_hash is null and fill_seconds is null
                                         and submitted_at = date_trunc('day', submitted_at, 'UTC')));

-- What the retention job still has to do, per questionnaire; shrinks as rows are anonymised.
create index survey_response_not_anonymised_idx on survey_response (questionnaire_id, id) where anonymised_at is null;

-- The answers an anonymised response keeps: scored answers (exactly what scored_answers() reads, so the aggregates and
-- their raw_* reference views give the same numbers before and after) and answers to profile questions chosen from
-- options (bands of age, sex, education…). Free text, numbers and any other answer are dropped.
create function retained_answers(p_questionnaire bigint, p_answers jsonb)
    returns jsonb language sql stable as $$
    select coalesce(jsonb_object_agg(q.code, p_answers -> q.code), '{}'::jsonb)
      from question q
     where q.questionnaire_id = p_questionnaire and p_answers ? q.code
       and (q.scored or (q.tag ~ '^PROFILE_' and q.type in ('SINGLE_CHOICE', 'MULTI_CHOICE', 'YES_NO', 'LIKERT')))
$$;

-- One row per run of the retention job (any replica), for the admin's "last run" and the record of what was done.
create table retention_run (
    id                   bigint generated always as identity primary key,
    trigger              varchar(10)  not null check (trigger in ('SCHEDULE', 'ADMIN')),
    -- who asked (an admin's user name); null for the schedule
    actor                varchar(120),
    started_at           timestamptz  not null,
    finished_at          timestamptz  not null check (finished_at >= started_at),
    -- responses to questionnaires that stopped collecting before this instant were due
    ended_before         timestamptz  not null,
    questionnaires       integer      not null check (questionnaires >= 0),
    responses_anonymised bigint       not null check (responses_anonymised >= 0),
    batches              integer      not null check (batches >= 0)
);
create index retention_run_started_idx on retention_run (started_at desc);
