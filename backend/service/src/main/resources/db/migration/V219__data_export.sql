-- Data ownership (issue 12, docs/data-export.md): a manager or agency admin asks for everything of a
-- shop; a background worker claims the request (SKIP LOCKED plus a lease, like the refund worker),
-- streams the shop's rows into a ZIP of CSV + JSON with a manifest, stores the ZIP in 1 MiB parts
-- (so neither writing nor downloading ever holds the whole file in memory) and e-mails a link that
-- expires. Both tables belong to one shop under row-level security.
create table data_export (
    id              bigint        generated always as identity primary key,
    shop_id         bigint        not null references shop (id),
    status          varchar(20)   not null check (status in ('QUEUED', 'RUNNING', 'READY', 'FAILED')),
    progress        integer       not null default 0 check (progress between 0 and 100),
    requested_by    varchar(200)  not null,
    requester_email varchar(254),
    language        varchar(5)    not null,
    reason          varchar(20)   not null default 'REQUESTED' check (reason in ('REQUESTED', 'CLOSING')),
    created_at      timestamptz   not null,
    started_at      timestamptz,
    finished_at     timestamptz,
    expires_at      timestamptz,
    lease_until     timestamptz,
    attempts        integer       not null default 0,
    size_bytes      bigint,
    sha256          char(64),
    error           varchar(1000),
    check ((status = 'READY') = (expires_at is not null and size_bytes is not null and sha256 is not null))
);
create index data_export_shop_idx on data_export (shop_id, id desc);
create index data_export_due_idx on data_export (shop_id, id) where status in ('QUEUED', 'RUNNING');

create table data_export_part (
    shop_id   bigint  not null references shop (id),
    export_id bigint  not null references data_export (id) on delete cascade,
    seq       integer not null check (seq >= 0),
    bytes     bytea   not null,
    primary key (export_id, seq)
);

alter table data_export enable row level security;
alter table data_export force row level security;
create policy tenant_isolation on data_export
    using (shop_id = nullif(current_setting('app.tenant_id', true), '')::bigint)
    with check (shop_id = nullif(current_setting('app.tenant_id', true), '')::bigint);

alter table data_export_part enable row level security;
alter table data_export_part force row level security;
create policy tenant_isolation on data_export_part
    using (shop_id = nullif(current_setting('app.tenant_id', true), '')::bigint)
    with check (shop_id = nullif(current_setting('app.tenant_id', true), '')::bigint);

grant select, insert, update on data_export to ${appRole};
grant select, insert, delete on data_export_part to ${appRole};
