-- Field collection (issue 19): field officers (ENUMERATOR) interview residents for the programs assigned to them
-- (staff_program, like a program owner's, always inside their one region) and may type in paper forms; they collect
-- only. A response they collected names them in collected_by: which officer, never the resident.
alter table staff_user drop constraint staff_user_role_check;
alter table staff_user add constraint staff_user_role_check
    check (role in ('ADMIN', 'PROGRAM_OWNER', 'EVALUATOR', 'ENUMERATOR'));
alter table staff_user add constraint staff_user_enumerator_region_check
    check (role <> 'ENUMERATOR' or region_id is not null);

-- an officer's account may be removed while their interviews stay: the response keeps its channel, loses the name
alter table survey_response add column collected_by bigint references staff_user (id) on delete set null;
create index survey_response_collected_by_idx on survey_response (questionnaire_id, collected_by)
    where collected_by is not null;
