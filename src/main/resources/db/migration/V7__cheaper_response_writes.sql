-- Issue #3: the write path of responses, cheaper per row.
--
-- A draft questionnaire takes no responses: checked once per INSERT statement over all its new rows (a transition
-- table) instead of once per row. A batch of responses is one statement, so this is one query per batch where the
-- row trigger of V2 ran a PL/pgSQL function and a query for every response (~30 µs each, a fifth of the insert).
drop trigger survey_response_not_to_draft on survey_response;
drop function reject_response_to_draft();

create function reject_responses_to_drafts() returns trigger language plpgsql as $$
declare
    draft bigint;
begin
    select q.id into draft
      from questionnaire q
     where q.status = 'DRAFT' and q.id in (select questionnaire_id from new_responses)
     limit 1;
    if draft is not null then
        raise exception 'questionnaire % is a draft and takes no responses', draft using errcode = 'check_violation';
    end if;
    return null;
end $$;

create trigger survey_response_not_to_draft
    after insert on survey_response
    referencing new table as new_responses
    for each statement execute function reject_responses_to_drafts();
