-- Webhooks (issue 22): systems that want changes pushed. An admin subscribes an HTTPS endpoint for a region or one
-- program to some events; deliveries are queued in webhook_delivery (the outbox) by the transaction that makes the
-- change, or, for new responses, by the job that counts them together with its cursor (webhook_counter); a dispatcher
-- posts them signed (Standard Webhooks) and retries with back-off until delivered or given up.
create table webhook_subscription (
    id          bigint generated always as identity primary key,
    region_id   bigint        not null references region (id),
    -- null: every program of the region
    program_id  bigint        references program (id) on delete cascade,
    url         varchar(2000) not null,
    -- the signing secret (whsec_ + base64 of 32 random bytes): kept to sign, shown to the admin once
    secret      varchar(100)  not null check (secret like 'whsec\_%'),
    events      varchar(40)[] not null check (cardinality(events) > 0),
    description varchar(200),
    active      boolean       not null default true,
    created_by  varchar(60)   not null,
    created_at  timestamptz   not null default now()
);
create index webhook_subscription_region_idx on webhook_subscription (region_id) where active;

-- One message to one endpoint. id is the webhook-id header: the same on every retry and replay, so a receiver
-- handles each message once.
create table webhook_delivery (
    id              varchar(64)  primary key,
    subscription_id bigint       not null references webhook_subscription (id) on delete cascade,
    event_type      varchar(40)  not null,
    payload         text         not null,
    created_at      timestamptz  not null default now(),
    state           varchar(10)  not null default 'PENDING' check (state in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null default now(),
    last_attempt_at timestamptz,
    last_status     integer,
    last_error      varchar(300),
    delivered_at    timestamptz
);
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where state = 'PENDING';
create index webhook_delivery_subscription_idx on webhook_delivery (subscription_id, created_at desc);

-- How many responses each subscription has been told about, per questionnaire: the cursor of the counting job.
create table webhook_counter (
    subscription_id  bigint  not null references webhook_subscription (id) on delete cascade,
    questionnaire_id bigint  not null references questionnaire (id) on delete cascade,
    responses        bigint  not null,
    primary key (subscription_id, questionnaire_id)
);
