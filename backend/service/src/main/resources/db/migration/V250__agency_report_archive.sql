-- Issue 11, the agency roll-up report's archive (docs/insights.md, "Agency roll-up report"): the same
-- three tables as the shop's archive (V218) — reports, the monthly report's recipients, and which
-- recipient was sent which report — owned by an agency instead of a shop. The same code runs on both
-- (insights.application.ReportOwner): one report per agency, kind, period and language (ON CONFLICT DO
-- NOTHING), claimed under a lease (FOR UPDATE SKIP LOCKED), READY only with every file.
--
-- Tenancy: agency_id on every row and forced row-level security on app.agency_id, the agency bound to
-- the transaction (TenantSession.bindAgency, set only after the agency-admin check, or by the scheduler
-- for one agency at a time). Another agency, a shop-bound transaction and an unbound one see nothing.
create table agency_report (
    id              bigint       generated always as identity primary key,
    agency_id       bigint       not null references agency (id),
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
    mail_when_ready boolean      not null default false,
    generated_at    timestamptz,
    pdf             bytea,
    csv_utf8        bytea,
    csv_sjis        bytea,
    constraint agency_report_period_uq unique (agency_id, kind, period_start, language),
    constraint agency_report_ready_complete check ((status = 'READY') = (generated_at is not null
        and pdf is not null and csv_utf8 is not null and csv_sjis is not null))
);
create index agency_report_agency_idx on agency_report (agency_id, period_start desc, id desc);
create index agency_report_due_idx on agency_report (next_attempt_at) where status = 'PENDING';

-- The monthly roll-up's recipients, per agency; language null = Japanese (an agency has no default language).
create table agency_report_recipient (
    agency_id  bigint       not null references agency (id),
    email      varchar(254) not null check (email = lower(email)),
    language   varchar(8)   check (language in ('ja', 'en')),
    added_by   varchar(200) not null,
    added_at   timestamptz  not null,
    primary key (agency_id, email)
);

-- Round 0 is the scheduled send, an admin's re-send the next round (as V218).
create table agency_report_send (
    agency_id  bigint       not null references agency (id),
    report_id  bigint       not null references agency_report (id),
    email      varchar(254) not null,
    round      integer      not null check (round >= 0),
    queued_by  varchar(200) not null,
    queued_at  timestamptz  not null,
    primary key (report_id, email, round)
);

do $$
declare t text;
begin
    foreach t in array array['agency_report', 'agency_report_recipient', 'agency_report_send'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy agency_isolation on %I
            using (agency_id = nullif(current_setting(''app.agency_id'', true), '''')::bigint)
            with check (agency_id = nullif(current_setting(''app.agency_id'', true), '''')::bigint)', t);
    end loop;
end $$;

-- Reports are never deleted by the application; sends are append-only.
grant select, insert, update on agency_report to ${appRole};
grant select, insert, update, delete on agency_report_recipient to ${appRole};
grant select, insert on agency_report_send to ${appRole};
