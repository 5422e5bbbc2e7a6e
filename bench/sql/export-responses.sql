-- Synthetic responses for bench/export.sh: every 20th flagged, every 3rd with a comment. Triggers are skipped for
-- this bulk load only (session_replication_role); the questionnaire is published.
-- psql variables: questionnaire (id), first and last (the numbers of the rows). BenchLoadSqlTest runs this file
-- against the test database, so a migration that breaks it fails the build.
set session_replication_role = replica;
insert into survey_response (public_id, questionnaire_id, submission_key, request_hash, channel, language,
    notice_version, answers, submitted_at, flag_reasons)
select gen_random_uuid(), :questionnaire, 'bulk-' || g, decode(repeat('0', 64), 'hex'), 'API', 'id', 1,
       jsonb_build_object('USIA', (array['18_24','25_34','35_44','45_54','55_64'])[1 + g % 5],
           'JENIS_KELAMIN', case when g % 2 = 0 then 'P' else 'L' end,
           'U1', 1 + g % 4, 'U2', 1 + g / 3 % 4, 'U3', 1 + g / 5 % 4,
           'U4', 1 + g / 7 % 4, 'U5', 1 + g / 11 % 4, 'U6', 1 + g / 13 % 4, 'U7', 1 + g / 17 % 4,
           'U8', 1 + g / 19 % 4, 'U9', 1 + g / 23 % 4, 'MANFAAT', 1 + g / 29 % 4,
           'KEMUDAHAN_AKSES', 1 + g / 31 % 4, 'REKOMENDASI', 1 + g / 37 % 4, 'KEBERLANJUTAN', 1 + g / 41 % 4)
       || case when g % 3 = 0 then jsonb_build_object('SARAN', 'Pelayanan cepat, petugas "ramah" #' || g)
               else '{}'::jsonb end,
       timestamptz '2024-03-01' + g * interval '10 seconds',
       case when g % 20 = 0 then '{TOO_FAST}'::varchar(20)[] else '{}' end
  from generate_series(:first, :last) g;
