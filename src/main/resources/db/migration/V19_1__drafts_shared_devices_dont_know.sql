-- Issue #18: every resident counts.
--
-- 1. A form sent back with errors, or a language switch, is kept here for a short while and the browser is
--    redirected to it (POST-redirect-GET), so Back never offers to resubmit a form. A draft is not a response: it is
--    never scored or exported, is bound to the device cookie's keyed hash, holds the form's signed token (so the
--    minimum fill time still counts from the first render), and is deleted when the form is sent or when it expires.
create table form_draft (
    id               uuid         primary key,
    questionnaire_id bigint       not null references questionnaire (id) on delete cascade,
    device_hash      bytea        check (octet_length(device_hash) = 32),
    token            varchar(100) not null,
    language         varchar(2)   not null check (language in ('id', 'en')),
    -- the raw answers as typed, by question code: {"U1": ["3"], "SARAN": ["..."]}
    answers          jsonb        not null check (jsonb_typeof(answers) = 'object'),
    show_errors      boolean      not null,
    message          varchar(20)  check (message in ('RATE_LIMITED')),
    expires_at       timestamptz  not null
);
create index form_draft_expiry_idx on form_draft (expires_at);

-- 2. A phone shared by a family: the second person is asked whether they are someone else. Their response is stored
--    with that declaration (visible to owners in exports) and counted, instead of being flagged DUPLICATE_DEVICE.
alter table survey_response add column other_person_declared boolean not null default false;

-- 3. "Tidak tahu / tidak berlaku": a Likert question may offer it. Such an answer is stored as the string "NA": the
--    respondent counts as having answered, but the element's score leaves the answer out (NRR_i divides by those who
--    gave a point). scored_answers() therefore takes numbers only; the write path does the same (ScoredAnswer).
alter table question add column dont_know boolean not null default false;

create or replace function scored_answers(p_questionnaire bigint, p_answers jsonb)
    returns table (question_code varchar, tag varchar, point integer, basis numeric)
    language sql stable as $$
    select q.code, q.tag, (p_answers ->> q.code)::integer, answer_basis((p_answers ->> q.code)::integer, q.scale_points)
      from question q
     where q.questionnaire_id = p_questionnaire and q.scored and jsonb_typeof(p_answers -> q.code) = 'number'
$$;
