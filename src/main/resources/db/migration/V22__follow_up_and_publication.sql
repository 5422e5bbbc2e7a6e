-- Issue #20, items 3 and 4: the follow-up plan (rencana tindak lanjut, PermenPANRB 14/2017) per questionnaire, and
-- whether a questionnaire's results are shown on the public results pages.

-- One action for the weakest elements: what will be done, by which unit, by when, its status and, once done, its
-- result. Never deleted by the application (every change is audited with its before and after).
create table follow_up_action (
    id               bigserial primary key,
    questionnaire_id bigint        not null references questionnaire (id) on delete cascade,
    -- SKM element codes the action answers, comma-separated in order (e.g. 'U3,U9')
    elements         varchar(40)   not null check (elements ~ '^U[1-9](,U[1-9])*$'),
    action           varchar(1000) not null,
    responsible      varchar(200)  not null,
    due_date         date          not null,
    status           varchar(12)   not null check (status in ('PLANNED', 'IN_PROGRESS', 'DONE')),
    result           varchar(2000),
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    lock_version     integer       not null default 0
);

create index follow_up_action_questionnaire on follow_up_action (questionnaire_id, due_date, id);

-- The owner's or admin's decision on publishing a questionnaire's results. No row: the default, published (the
-- regulation requires publication; cells under 5 respondents are never shown).
create table result_publication (
    questionnaire_id bigint      primary key references questionnaire (id) on delete cascade,
    published        boolean     not null,
    changed_at       timestamptz not null,
    changed_by       varchar(200) not null
);
