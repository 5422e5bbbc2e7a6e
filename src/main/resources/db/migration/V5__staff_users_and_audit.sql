-- Staff accounts (issue 5). Residents never have accounts; these are the people of a region's agencies.
-- Roles: ADMIN (a region's Diskominfo/Bappeda; national when region_id is null), PROGRAM_OWNER (only the programs
-- assigned in staff_program), EVALUATOR (read-only scores; national when region_id is null).
create table staff_user (
    id              bigint generated always as identity primary key,
    -- lower case, so "Budi" and "budi" are one account
    username        varchar(60)  not null unique check (username ~ '^[a-z0-9][a-z0-9._@-]{2,59}$'),
    display_name    varchar(120) not null check (length(trim(display_name)) > 0),
    role            varchar(20)  not null check (role in ('ADMIN', 'PROGRAM_OWNER', 'EVALUATOR')),
    region_id       bigint references region (id),
    -- bcrypt (modular crypt format); null for accounts that only sign in through OIDC
    password_hash   varchar(100) check (password_hash is null or password_hash ~ '^\$2[aby]\$[0-9]{2}\$'),
    active          boolean      not null default true,
    -- lockout after repeated failed sign-ins
    failed_sign_ins integer      not null default 0 check (failed_sign_ins >= 0),
    locked_until    timestamptz,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    version         integer      not null default 0,
    -- an owner always belongs to one region: the region of the programs they own
    check (role <> 'PROGRAM_OWNER' or region_id is not null)
);

-- Which programs a PROGRAM_OWNER may see. The service keeps them inside the owner's region.
create table staff_program (
    staff_user_id bigint not null references staff_user (id) on delete cascade,
    program_id    bigint not null references program (id) on delete cascade,
    primary key (staff_user_id, program_id)
);
create index staff_program_program_idx on staff_program (program_id);

-- Who did what, when: sign-ins, publishing, exports, user and API-key changes. Append-only.
create table audit_event (
    id          bigint generated always as identity primary key,
    at          timestamptz  not null default now(),
    -- a staff user name, "api-client:<name>", "system" (scheduled jobs) or "anonymous"
    actor       varchar(140) not null,
    action      varchar(40)  not null check (action ~ '^[A-Z][A-Z_]*$'),
    -- the region the event concerns, so a region's admins see their own events; null = national/platform
    region_code varchar(5),
    -- what was acted on, e.g. "questionnaire:42" or "staff-user:budi"
    target      varchar(200),
    detail      jsonb        not null default '{}'::jsonb check (jsonb_typeof(detail) = 'object')
);
create index audit_event_at_idx on audit_event (at desc, id desc);
create index audit_event_region_at_idx on audit_event (region_code, at desc, id desc);

create function reject_audit_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit events are append-only' using errcode = 'check_violation';
end $$;

create trigger audit_event_append_only
    before update on audit_event
    for each row execute function reject_audit_change();
