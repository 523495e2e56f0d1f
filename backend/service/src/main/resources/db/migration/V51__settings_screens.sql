-- What the console's configuration screens need.

-- A rule's day conditions may count from delivery, shipment or order instead of the shop's anchor.
alter table policy_rule add column days_anchor varchar(10) check (days_anchor in ('DELIVERY', 'SHIPMENT', 'ORDER'));

-- The shop's uploaded logo, served publicly for the portal header, e-mails and the return label.
-- Bytes in the database like return photos: small, transactional, exported with the shop's data.
create table shop_logo (
    shop_id      bigint       primary key references shop (id),
    content_type varchar(40)  not null check (content_type in ('image/jpeg', 'image/png', 'image/webp')),
    size_bytes   integer      not null check (size_bytes > 0 and size_bytes <= 524288),
    sha256       char(64)     not null,
    data         bytea        not null,
    uploaded_at  timestamptz  not null default now()
);
alter table shop_logo enable row level security;
alter table shop_logo force row level security;
create policy tenant_isolation on shop_logo
    using (shop_id = nullif(current_setting('app.tenant_id', true), '')::bigint)
    with check (shop_id = nullif(current_setting('app.tenant_id', true), '')::bigint);
grant select, insert, update, delete on shop_logo to ${appRole};

-- The audit log screen pages a shop's whole trail newest first.
create index audit_event_shop_time_idx on audit_event (shop_id, occurred_at desc, id desc);
