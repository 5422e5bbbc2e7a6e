-- Imports (issue 19, item 4): a CSV or XLSX file uploaded by staff waits here between the steps of an import
-- (upload -> map columns -> dry run -> import), so every replica can serve the next step. The file may hold personal
-- data the import never stores (a Google Form's e-mail or name column): it is deleted as soon as it is imported, and
-- any upload older than a day is deleted when the next one arrives. Only the columns mapped to questions become
-- answers, through the same write path as every other channel.
create table import_upload (
    id               uuid         primary key,
    questionnaire_id bigint       not null references questionnaire (id) on delete cascade,
    uploaded_by      varchar(140) not null,
    file_name        varchar(200) not null,
    format           varchar(8)   not null check (format in ('CSV', 'XLSX')),
    size_bytes       integer      not null check (size_bytes >= 0),
    -- headers, row count and each column's distinct answers (a few), read once at upload
    summary          jsonb        not null,
    content          bytea        not null,
    created_at       timestamptz  not null default now()
);
create index import_upload_created_idx on import_upload (created_at);
