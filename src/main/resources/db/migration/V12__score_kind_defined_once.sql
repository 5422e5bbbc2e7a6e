-- Which score a scored answer feeds, defined once: 'SKM' for the nine SKM service elements (tags U1..U9, the IKM),
-- 'IMPACT' for the program-benefit questions (the benefit score). The write path (ResponseQueries), the dashboard's
-- grouped scores (GroupedScoreQueries) and the reference view below all call this function; Java's
-- QuestionTag.isSkmElement() is pinned to it by ScoreKindRuleTest. A simple SQL function, so PostgreSQL inlines it.
create function score_kind(p_tag varchar) returns text
    language sql immutable parallel safe
    as $$ select case when p_tag ~ '^U[1-9]$' then 'SKM' else 'IMPACT' end $$;

create or replace view raw_respondent_aggregate as
select questionnaire_id, kind, flagged, count(*) as n, sum(mean) as sum, sum(mean * mean) as sum_squares
  from (select r.questionnaire_id, r.flagged, 'ALL' as kind, 0::numeric as mean from survey_response r
        union all
        select r.questionnaire_id, r.flagged, score_kind(x.tag), avg(x.basis)
          from survey_response r cross join lateral scored_answers(r.questionnaire_id, r.answers) x
         group by r.questionnaire_id, r.id, r.flagged, 3) means
 group by questionnaire_id, kind, flagged;
