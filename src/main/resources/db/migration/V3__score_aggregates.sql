-- Running aggregates of scored answers, maintained in the same statement that stores each batch of responses, so
-- reading a score never scans responses. Rows are split by shard: each write batch adds to one shard, so concurrent
-- writers (several replicas) rarely wait on the same row, and no row is a hot spot every submission must lock.
-- Flagged and unflagged responses are kept apart, so scores can exclude flagged ones (default) or include them.

create table question_aggregate (
    questionnaire_id bigint      not null references questionnaire (id),
    question_code    varchar(40) not null,
    flagged          boolean     not null,
    shard            smallint    not null check (shard between 0 and 15),
    n                bigint      not null check (n >= 0),
    sum              bigint      not null,
    sum_squares      bigint      not null,
    -- answers per Likert point 1..5 (a 4-point question leaves the last at 0)
    histogram        bigint[]    not null check (cardinality(histogram) = 5),
    primary key (questionnaire_id, question_code, flagged, shard)
);

-- Per respondent, the mean over the SKM elements (kind SKM) or impact questions (kind IMPACT) they answered, on the
-- 1–4 basis (5-point answers mapped linearly); these feed the intervals of IKM and the benefit score.
create table respondent_aggregate (
    questionnaire_id bigint      not null references questionnaire (id),
    -- ALL counts responses (sums stay 0); SKM and IMPACT hold respondent means
    kind             varchar(6)  not null check (kind in ('ALL', 'SKM', 'IMPACT')),
    flagged          boolean     not null,
    shard            smallint    not null check (shard between 0 and 15),
    n                bigint      not null check (n >= 0),
    sum              numeric     not null,
    sum_squares      numeric     not null,
    primary key (questionnaire_id, kind, flagged, shard)
);

-- The scored answers of one response, on their own scale (point) and on the 1–4 basis (5-point mapped linearly:
-- 1 + (x − 1)·3/4). The single definition used both when responses are stored and when aggregates are rebuilt.
create function scored_answers(p_questionnaire bigint, p_answers jsonb)
    returns table (question_code varchar, tag varchar, point integer, basis numeric)
    language sql stable as $$
    select q.code, q.tag, (p_answers ->> q.code)::integer,
           case when q.scale_points = 5 then 1 + ((p_answers ->> q.code)::numeric - 1) * 3 / 4
                else (p_answers ->> q.code)::numeric end
      from question q
     where q.questionnaire_id = p_questionnaire and q.scored and p_answers ? q.code
$$;

-- What the aggregates must hold, computed from the stored responses: the reference for the check and the rebuild.
-- (The write path computes the same sums over each new batch in ResponseRepository's insert statement.)
create view raw_question_aggregate as
select r.questionnaire_id, x.question_code, r.flagged, count(*) as n, sum(x.point) as sum,
       sum(x.point * x.point) as sum_squares,
       array[count(*) filter (where x.point = 1), count(*) filter (where x.point = 2), count(*) filter (where x.point = 3),
             count(*) filter (where x.point = 4), count(*) filter (where x.point = 5)] as histogram
  from survey_response r cross join lateral scored_answers(r.questionnaire_id, r.answers) x
 group by r.questionnaire_id, x.question_code, r.flagged;

create view raw_respondent_aggregate as
select questionnaire_id, kind, flagged, count(*) as n, sum(mean) as sum, sum(mean * mean) as sum_squares
  from (select r.questionnaire_id, r.flagged, 'ALL' as kind, 0::numeric as mean from survey_response r
        union all
        select r.questionnaire_id, r.flagged, case when x.tag ~ '^U[1-9]$' then 'SKM' else 'IMPACT' end, avg(x.basis)
          from survey_response r cross join lateral scored_answers(r.questionnaire_id, r.answers) x
         group by r.questionnaire_id, r.id, r.flagged, 3) means
 group by questionnaire_id, kind, flagged;
