-- Suara Warga foundation schema: regions, Smart City reference data, programs, questionnaires and questions.
-- Constraints here make bad states impossible even for writers that bypass the service layer.

-- Smart City dimensions and sub-dimensions (Gerakan Menuju 100 Smart City, 2024 framework).
-- Reference data, not an enum in code: a new framework year is a migration, not a release.
create table smart_city_dimension (
    code        varchar(40)  primary key check (code ~ '^[A-Z][A-Z_]*$'),
    name        varchar(100) not null unique,
    position    smallint     not null unique check (position > 0)
);

create table smart_city_sub_dimension (
    code           varchar(40)  primary key check (code ~ '^[A-Z][A-Z_]*$'),
    dimension_code varchar(40)  not null references smart_city_dimension (code),
    name           varchar(100) not null,
    position       smallint     not null check (position > 0),
    unique (dimension_code, code),
    unique (dimension_code, position)
);

insert into smart_city_dimension (code, name, position) values
    ('GOVERNANCE',  'Smart Governance',  1),
    ('BRANDING',    'Smart Branding',    2),
    ('ECONOMY',     'Smart Economy',     3),
    ('LIVING',      'Smart Living',      4),
    ('SOCIETY',     'Smart Society',     5),
    ('ENVIRONMENT', 'Smart Environment', 6);

insert into smart_city_sub_dimension (code, dimension_code, name, position) values
    ('LAYANAN_PUBLIK',           'GOVERNANCE',  'Layanan Publik',           1),
    ('KEBIJAKAN_PUBLIK',         'GOVERNANCE',  'Kebijakan Publik',         2),
    ('TATA_KELOLA_BIROKRASI',    'GOVERNANCE',  'Tata Kelola Birokrasi',    3),
    ('TOURISM_BRANDING',         'BRANDING',    'Tourism Branding',         1),
    ('BUSINESS_BRANDING',        'BRANDING',    'Business Branding',        2),
    ('CITY_APPEARANCE_BRANDING', 'BRANDING',    'City Appearance Branding', 3),
    ('INDUSTRY',                 'ECONOMY',     'Industry',                 1),
    ('WELFARE',                  'ECONOMY',     'Welfare',                  2),
    ('TRANSACTION',              'ECONOMY',     'Transaction',              3),
    ('HARMONY',                  'LIVING',      'Harmony',                  1),
    ('HEALTH',                   'LIVING',      'Health',                   2),
    ('MOBILITY',                 'LIVING',      'Mobility',                 3),
    ('KOMUNITAS',                'SOCIETY',     'Komunitas',                1),
    ('PENDIDIKAN',               'SOCIETY',     'Pendidikan',               2),
    ('KEAMANAN',                 'SOCIETY',     'Keamanan',                 3),
    ('PROTEKSI',                 'ENVIRONMENT', 'Proteksi',                 1),
    ('SAMPAH',                   'ENVIRONMENT', 'Sampah',                   2),
    ('ENERGI',                   'ENVIRONMENT', 'Energi',                   3);

-- A kabupaten or kota, keyed by its Kemendagri code (e.g. 63.71 = Kota Banjarmasin).
create table region (
    id          bigint generated always as identity primary key,
    code        varchar(5)   not null unique check (code ~ '^[0-9]{2}\.[0-9]{2}$'),
    kind        varchar(10)  not null check (kind in ('KABUPATEN', 'KOTA')),
    name        varchar(120) not null check (length(btrim(name)) > 0),
    province    varchar(120) not null check (length(btrim(province)) > 0),
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    lock_version integer     not null default 0
);

-- A Quick Win program of one region and evaluation year.
create table program (
    id                 bigint generated always as identity primary key,
    region_id          bigint       not null references region (id),
    year               smallint     not null check (year between 2017 and 2100),
    name               varchar(160) not null check (length(btrim(name)) > 0),
    slug               varchar(80)  not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    agency             varchar(200) not null check (length(btrim(agency)) > 0),
    dimension_code     varchar(40)  not null,
    sub_dimension_code varchar(40)  not null,
    description        varchar(4000),
    target_population  integer      check (target_population > 0),
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now(),
    lock_version       integer      not null default 0,
    -- the sub-dimension must belong to the program's dimension
    foreign key (dimension_code, sub_dimension_code)
        references smart_city_sub_dimension (dimension_code, code),
    unique (region_id, year, name)
);
create index program_region_year_idx on program (region_id, year);

-- A versioned questionnaire of a program. DRAFT -> PUBLISHED -> CLOSED; published content never changes.
create table questionnaire (
    id            bigint generated always as identity primary key,
    program_id    bigint        not null references program (id),
    version       integer       not null check (version > 0),
    status        varchar(10)   not null check (status in ('DRAFT', 'PUBLISHED', 'CLOSED')),
    title_id      varchar(200)  not null check (length(btrim(title_id)) > 0),
    title_en      varchar(200),
    intro_id      varchar(4000),
    intro_en      varchar(4000),
    consent_id    varchar(4000) not null check (length(btrim(consent_id)) > 0),
    consent_en    varchar(4000),
    opens_at      timestamptz,
    closes_at     timestamptz,
    published_at  timestamptz,
    closed_at     timestamptz,
    created_at    timestamptz   not null default now(),
    updated_at    timestamptz   not null default now(),
    lock_version  integer       not null default 0,
    unique (program_id, version),
    check (closes_at is null or opens_at is null or closes_at > opens_at),
    check ((status = 'DRAFT') = (published_at is null)),
    check ((status = 'CLOSED') = (closed_at is not null))
);
-- at most one live questionnaire and one draft per program
create unique index questionnaire_one_published_per_program on questionnaire (program_id) where status = 'PUBLISHED';
create unique index questionnaire_one_draft_per_program on questionnaire (program_id) where status = 'DRAFT';

create table question (
    id                bigint generated always as identity primary key,
    questionnaire_id  bigint        not null references questionnaire (id) on delete cascade,
    position          integer       not null check (position > 0),
    code              varchar(40)   not null check (code ~ '^[A-Za-z][A-Za-z0-9_]*$'),
    type              varchar(20)   not null check (type in ('LIKERT', 'SINGLE_CHOICE', 'MULTI_CHOICE', 'YES_NO', 'TEXT', 'NUMBER')),
    text_id           varchar(1000) not null check (length(btrim(text_id)) > 0),
    text_en           varchar(1000),
    help_id           varchar(1000),
    help_en           varchar(1000),
    required          boolean       not null,
    scale_points      smallint      check (scale_points in (4, 5)),
    max_length        integer       check (max_length between 1 and 4000),
    min_value         numeric(14, 4),
    max_value         numeric(14, 4),
    tag               varchar(30)   check (tag ~ '^(U[1-9]|BENEFIT|ACCESS|RECOMMENDATION|SUSTAINABILITY|PARTICIPATION|PROFILE_(SEX|AGE|EDUCATION|OCCUPATION|SERVICE)|SUGGESTION)$'),
    scored            boolean       not null default false,
    show_if_code      varchar(40),
    show_if_values    varchar(40)[],
    unique (questionnaire_id, code),
    unique (questionnaire_id, position) deferrable initially deferred,
    -- show-if points at a question of the same questionnaire (earlier position: checked on publish)
    foreign key (questionnaire_id, show_if_code) references question (questionnaire_id, code)
        on update cascade on delete restrict deferrable initially deferred,
    check ((show_if_code is null) = (show_if_values is null)),
    check (show_if_values is null or cardinality(show_if_values) > 0),
    check (show_if_code is null or show_if_code <> code),
    check ((type = 'LIKERT') = (scale_points is not null)),
    check (type = 'TEXT' or max_length is null),
    check (type = 'TEXT' or type = 'NUMBER' or (min_value is null and max_value is null)),
    check (min_value is null or max_value is null or min_value <= max_value),
    -- only Likert questions with an SKM element or impact tag feed scores
    check (not scored or (type = 'LIKERT' and tag ~ '^(U[1-9]|BENEFIT|ACCESS|RECOMMENDATION|SUSTAINABILITY|PARTICIPATION)$'))
);
-- one question per SKM element and per profile attribute in a questionnaire
create unique index question_unique_skm_or_profile_tag on question (questionnaire_id, tag)
    where tag ~ '^(U[1-9]|PROFILE_.*)$';

create table question_option (
    id           bigint generated always as identity primary key,
    question_id  bigint        not null references question (id) on delete cascade,
    position     integer       not null check (position > 0),
    value        varchar(40)   not null check (value ~ '^[A-Za-z0-9][A-Za-z0-9_.-]*$'),
    label_id     varchar(300)  not null check (length(btrim(label_id)) > 0),
    label_en     varchar(300),
    score        smallint      check (score between 1 and 5),
    -- choosing this option ends the questionnaire (e.g. under 18: a guardian's consent is needed)
    terminates   boolean       not null default false,
    unique (question_id, value),
    unique (question_id, position) deferrable initially deferred
);

-- Published and closed questionnaires are immutable: answers collected against them must stay comparable.
-- The service refuses such edits with a clear problem; these triggers make it impossible for any writer.
create function reject_change_to_non_draft_questionnaire() returns trigger language plpgsql as $$
begin
    if old.status <> 'DRAFT' and (
        new.program_id, new.version, new.title_id, new.title_en, new.intro_id, new.intro_en,
        new.consent_id, new.consent_en, new.opens_at, new.closes_at, new.published_at
    ) is distinct from (
        old.program_id, old.version, old.title_id, old.title_en, old.intro_id, old.intro_en,
        old.consent_id, old.consent_en, old.opens_at, old.closes_at, old.published_at
    ) then
        raise exception 'questionnaire % is %, its content cannot change', old.id, old.status
            using errcode = 'check_violation';
    end if;
    if old.status = 'CLOSED' and new.status <> 'CLOSED' then
        raise exception 'questionnaire % is closed and cannot be reopened', old.id using errcode = 'check_violation';
    end if;
    if old.status = 'PUBLISHED' and new.status = 'DRAFT' then
        raise exception 'questionnaire % is published and cannot return to draft', old.id using errcode = 'check_violation';
    end if;
    return new;
end $$;

create trigger questionnaire_immutable_after_publish
    before update on questionnaire
    for each row execute function reject_change_to_non_draft_questionnaire();

create function reject_delete_of_non_draft_questionnaire() returns trigger language plpgsql as $$
begin
    if old.status <> 'DRAFT' then
        raise exception 'questionnaire % is %, it cannot be deleted', old.id, old.status using errcode = 'check_violation';
    end if;
    return old;
end $$;

create trigger questionnaire_no_delete_after_publish
    before delete on questionnaire
    for each row execute function reject_delete_of_non_draft_questionnaire();

create function reject_question_change_unless_draft() returns trigger language plpgsql as $$
declare
    target_questionnaire bigint;
    target_status varchar(10);
begin
    if tg_table_name = 'question' then
        target_questionnaire := coalesce(new.questionnaire_id, old.questionnaire_id);
    else
        select q.questionnaire_id into target_questionnaire
          from question q where q.id = coalesce(new.question_id, old.question_id);
        if target_questionnaire is null then
            -- the parent question is being deleted in a cascade; its own trigger already decided
            return coalesce(new, old);
        end if;
    end if;
    select status into target_status from questionnaire where id = target_questionnaire;
    if target_status is not null and target_status <> 'DRAFT' then
        raise exception 'questionnaire % is %, its questions cannot change', target_questionnaire, target_status
            using errcode = 'check_violation';
    end if;
    return coalesce(new, old);
end $$;

create trigger question_immutable_after_publish
    before insert or update or delete on question
    for each row execute function reject_question_change_unless_draft();

create trigger question_option_immutable_after_publish
    before insert or update or delete on question_option
    for each row execute function reject_question_change_unless_draft();
