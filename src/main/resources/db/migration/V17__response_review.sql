-- Issue #20: owners and admins review flagged responses. A decision never deletes anything: the response, its answers
-- and its flag reasons stay; the decision, its reason, when and by whom are added beside them (and to the audit log).
--   COUNTED   a false positive: the response counts in every score from now on
--   REJECTED  confirmed suspect: it stays out of the scores, and no longer waits for review
-- A flagged response without a decision waits for review and stays out of the scores (as before).
alter table survey_response
    add column review      varchar(8) check (review in ('COUNTED', 'REJECTED')),
    add column review_note varchar(500),
    add column reviewed_at timestamptz,
    add column reviewed_by varchar(140),
    -- only a flagged response is reviewed, and every decision says why, when and who
    add constraint survey_response_review_of_flagged check (review is null or cardinality(flag_reasons) > 0),
    add constraint survey_response_review_complete
        check ((review is null and review_note is null and reviewed_at is null and reviewed_by is null)
               or (review is not null and btrim(review_note) <> '' and reviewed_at is not null and reviewed_by is not null));

-- "flagged" has always meant "left out of the scores" (every score, export and aggregate reads it): a response counted
-- on review leaves it. The aggregates (V3) are kept per flagged; a decision moves the response's share between them in
-- the same transaction (ReviewQueries), so aggregates and this column never disagree.
alter table survey_response
    alter column flagged set expression as (cardinality(flag_reasons) > 0 and review is distinct from 'COUNTED');

-- The review list of a questionnaire: its flagged responses, oldest first.
create index survey_response_flagged_idx on survey_response (questionnaire_id, id) where cardinality(flag_reasons) > 0;
