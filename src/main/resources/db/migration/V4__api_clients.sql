-- Machine clients of the evaluation API. The key is shown once when created; only its SHA-256 is kept (a random
-- 256-bit key needs no slow hash). A client sees only its regions; revoking keeps the row for the audit trail.
create table api_client (
    id           bigint generated always as identity primary key,
    name         varchar(120) not null check (length(btrim(name)) > 0),
    key_hash     varchar(64)  not null unique check (key_hash ~ '^[0-9a-f]{64}$'),
    region_codes varchar(5)[] not null check (cardinality(region_codes) > 0),
    created_at   timestamptz  not null default now(),
    revoked_at   timestamptz
);
