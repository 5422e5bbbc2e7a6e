-- The write path no longer reads each new response's questions back to score it (issue #3): the app sends every
-- response's scored answers (question code, tag, point, scale) with the batch (ResponseRepository, ScoredAnswer).
-- How a point becomes the basis of a respondent's mean is defined here once, for that statement and for
-- scored_answers(), which the aggregate check and rebuild read: the same expression as before, now a function.
create function answer_basis(p_point integer, p_scale_points integer) returns numeric
    language sql immutable as $$
    select case when p_scale_points = 5 then 1 + (p_point::numeric - 1) * 3 / 4 else p_point::numeric end
$$;

create or replace function scored_answers(p_questionnaire bigint, p_answers jsonb)
    returns table (question_code varchar, tag varchar, point integer, basis numeric)
    language sql stable as $$
    select q.code, q.tag, (p_answers ->> q.code)::integer, answer_basis((p_answers ->> q.code)::integer, q.scale_points)
      from question q
     where q.questionnaire_id = p_questionnaire and q.scored and p_answers ? q.code
$$;
