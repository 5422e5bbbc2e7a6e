-- Synthetic complete answers for bench/scores.sh, as the form would store them.
-- psql variables: questionnaire (id), first and last (the numbers of the rows). BenchLoadSqlTest runs this file
-- against the test database, so a migration that breaks it fails the build.
insert into survey_response (public_id, questionnaire_id, submission_key, request_hash, channel, language,
        notice_version, answers)
    select gen_random_uuid(), :questionnaire, 'bulk-' || g, decode(repeat('0', 64), 'hex'), 'API', 'id', 1,
           jsonb_build_object('USIA', '25_34', 'U1', 1 + g % 4, 'U2', 1 + g / 3 % 4, 'U3', 1 + g / 5 % 4,
               'U4', 1 + g / 7 % 4, 'U5', 1 + g / 11 % 4, 'U6', 1 + g / 13 % 4, 'U7', 1 + g / 17 % 4,
               'U8', 1 + g / 19 % 4, 'U9', 1 + g / 23 % 4, 'MANFAAT', 1 + g / 29 % 4,
               'KEMUDAHAN_AKSES', 1 + g / 31 % 4, 'REKOMENDASI', 1 + g / 37 % 4, 'KEBERLANJUTAN', 1 + g / 41 % 4)
      from generate_series(:first, :last) g;
