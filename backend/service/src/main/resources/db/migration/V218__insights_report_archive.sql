-- Issue 11, "Reports" (docs/insights.md): the archive of generated reports, who receives the monthly
-- one, and which recipient was sent which report.
--
-- insights_report: one row per shop, kind, period and language, whoever asks and however often
-- (the unique key: two instances or two clicks insert once, ON CONFLICT DO NOTHING). A row is
-- PENDING until a worker that claimed it (lease_until, FOR UPDATE SKIP LOCKED) stores the fully
-- rendered files; the check keeps a READY row from ever lacking one of them, so a half-made report is
-- never stored. A failed render is retried after next_attempt_at; after the last attempt it is FAILED
-- with its error (a new request queues it again).
create table insights_report (
    id              bigint       generated always as identity primary key,
    shop_id         bigint       not null references shop (id),
    kind            varchar(10)  not null check (kind in ('WEEKLY', 'MONTHLY', 'QUARTERLY')),
    period_start    date         not null,
    period_end      date         not null check (period_end >= period_start),
    language        varchar(8)   not null check (language in ('ja', 'en')),
    status          varchar(10)  not null check (status in ('PENDING', 'READY', 'FAILED')),
    attempts        integer      not null default 0 check (attempts >= 0),
    next_attempt_at timestamptz,
    lease_until     timestamptz,
    last_error      varchar(500),
    requested_by    varchar(200) not null,
    requested_at    timestamptz  not null,
    -- the scheduler's monthly report is e-mailed to the recipients once it is READY
    mail_when_ready boolean      not null default false,
    generated_at    timestamptz,
    pdf             bytea,
    csv_utf8        bytea,
    csv_sjis        bytea,
    constraint insights_report_period_uq unique (shop_id, kind, period_start, language),
    constraint insights_report_ready_complete check ((status = 'READY') = (generated_at is not null
        and pdf is not null and csv_utf8 is not null and csv_sjis is not null))
);
create index insights_report_shop_idx on insights_report (shop_id, period_start desc, id desc);
create index insights_report_due_idx on insights_report (next_attempt_at) where status = 'PENDING';

-- The monthly report's recipients, per shop; language null = the shop's default language.
create table insights_report_recipient (
    shop_id    bigint       not null references shop (id),
    email      varchar(254) not null check (email = lower(email)),
    language   varchar(8)   check (language in ('ja', 'en')),
    added_by   varchar(200) not null,
    added_at   timestamptz  not null,
    primary key (shop_id, email)
);

-- One row per report, recipient and round: round 0 is the scheduled send (so a recipient gets a
-- report once however often the scheduler runs); a manager's re-send adds the next round.
create table insights_report_send (
    shop_id    bigint       not null references shop (id),
    report_id  bigint       not null references insights_report (id),
    email      varchar(254) not null,
    round      integer      not null check (round >= 0),
    queued_by  varchar(200) not null,
    queued_at  timestamptz  not null,
    primary key (report_id, email, round)
);

alter table insights_report enable row level security;
alter table insights_report force row level security;
create policy tenant_isolation on insights_report
    using (shop_id = nullif(current_setting('app.tenant_id', true), '')::bigint)
    with check (shop_id = nullif(current_setting('app.tenant_id', true), '')::bigint);

alter table insights_report_recipient enable row level security;
alter table insights_report_recipient force row level security;
create policy tenant_isolation on insights_report_recipient
    using (shop_id = nullif(current_setting('app.tenant_id', true), '')::bigint)
    with check (shop_id = nullif(current_setting('app.tenant_id', true), '')::bigint);

alter table insights_report_send enable row level security;
alter table insights_report_send force row level security;
create policy tenant_isolation on insights_report_send
    using (shop_id = nullif(current_setting('app.tenant_id', true), '')::bigint)
    with check (shop_id = nullif(current_setting('app.tenant_id', true), '')::bigint);

-- Reports are never deleted by the application; sends are append-only.
grant select, insert, update on insights_report to ${appRole};
grant select, insert, update, delete on insights_report_recipient to ${appRole};
grant select, insert on insights_report_send to ${appRole};
