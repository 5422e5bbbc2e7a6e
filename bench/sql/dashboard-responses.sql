-- Synthetic responses for bench/dashboard.sh: spread over 26 weeks, profile answers, a suggestion in one of five.
-- psql variables: questionnaire (id), first and last (the numbers of the rows). BenchLoadSqlTest runs this file
-- against the test database, so a migration that breaks it fails the build.
insert into survey_response (public_id, questionnaire_id, submission_key, request_hash, channel, language,
        notice_version, answers, submitted_at)
    select gen_random_uuid(), :questionnaire, 'bulk-' || g, decode(repeat('0', 64), 'hex'), 'API', 'id', 1,
           jsonb_strip_nulls(jsonb_build_object('USIA', (array['18_24','25_34','35_44','45_54','55_64'])[1 + g % 5],
               'JENIS_KELAMIN', (array['L','P'])[1 + g % 2], 'PENDIDIKAN', (array['SMA','S1','D1_D3'])[1 + g % 3],
               'U1', 1 + g % 4, 'U2', 1 + g / 3 % 4, 'U3', 1 + g / 5 % 4,
               'U4', 1 + g / 7 % 4, 'U5', 1 + g / 11 % 4, 'U6', 1 + g / 13 % 4, 'U7', 1 + g / 17 % 4,
               'U8', 1 + g / 19 % 4, 'U9', 1 + g / 23 % 4, 'MANFAAT', 1 + g / 29 % 4,
               'KEMUDAHAN_AKSES', 1 + g / 31 % 4, 'REKOMENDASI', 1 + g / 37 % 4, 'KEBERLANJUTAN', 1 + g / 41 % 4,
               'SARAN', case when g % 5 = 0 then 'Saran nomor ' || g || ': antrian di loket ' || (g % 7) end)),
           now() - (g % 182) * interval '1 day'
      from generate_series(:first, :last) g;
