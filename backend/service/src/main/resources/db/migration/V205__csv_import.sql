-- CSV import of orders (issue 12): an uploaded file is parsed into a previewed job that keeps the file
-- until it is committed (a commit re-reads the same bytes, so what was previewed is what is imported),
-- its per-row errors (line, column header, message key; rendered in the reader's language), and each
-- shop's saved column mapping (field -> header) that overrides a preset.
create table import_job (
    id            bigint       generated always as identity primary key,
    shop_id       bigint       not null references shop (id),
    kind          varchar(20)  not null check (kind in ('ORDERS')),
    file_name     varchar(255) not null,
    charset       varchar(40)  not null,
    preset        varchar(40)  not null,
    mode          varchar(20)  check (mode in ('ALL_OR_NOTHING', 'VALID_ONLY')),
    status        varchar(20)  not null check (status in ('PREVIEWED', 'COMMITTED', 'FAILED')),
    total_rows    integer      not null,
    valid_orders  integer      not null,
    invalid_orders integer     not null,
    error_count   integer      not null,
    imported      integer      not null default 0,
    created_by    varchar(200) not null,
    created_at    timestamptz  not null,
    committed_at  timestamptz,
    file_bytes    bytea
);
create index import_job_shop_idx on import_job (shop_id, id desc);

create table import_job_error (
    shop_id     bigint       not null references shop (id),
    job_id      bigint       not null references import_job (id) on delete cascade,
    seq         integer      not null,
    line        bigint       not null,
    column_name varchar(255) not null,
    message_key varchar(80)  not null,
    detail      varchar(1000),
    primary key (job_id, seq)
);

create table import_mapping (
    shop_id    bigint       not null references shop (id),
    kind       varchar(20)  not null check (kind in ('ORDERS')),
    field      varchar(40)  not null,
    header     varchar(255) not null,
    updated_at timestamptz  not null,
    primary key (shop_id, kind, field)
);

alter table import_job enable row level security;
alter table import_job force row level security;
create policy tenant_isolation on import_job
    using (shop_id = nullif(current_setting('app.tenant_id', true), '')::bigint)
    with check (shop_id = nullif(current_setting('app.tenant_id', true), '')::bigint);

alter table import_job_error enable row level security;
alter table import_job_error force row level security;
create policy tenant_isolation on import_job_error
    using (shop_id = nullif(current_setting('app.tenant_id', true), '')::bigint)
    with check (shop_id = nullif(current_setting('app.tenant_id', true), '')::bigint);

alter table import_mapping enable row level security;
alter table import_mapping force row level security;
create policy tenant_isolation on import_mapping
    using (shop_id = nullif(current_setting('app.tenant_id', true), '')::bigint)
    with check (shop_id = nullif(current_setting('app.tenant_id', true), '')::bigint);

grant select, insert, update on import_job to ${appRole};
grant select, insert on import_job_error to ${appRole};
grant select, insert, update, delete on import_mapping to ${appRole};
