-- Carriers (issue 12): each shop's carrier contracts, printed into the B2クラウド / e飛伝 exports,
-- and the tracking of a return's own parcel (a pickup) once the carrier's number is imported.
create table carrier_settings (
    shop_id                      bigint       primary key references shop (id),
    default_carrier              varchar(20)  not null default 'YAMATO'
        check (default_carrier in ('YAMATO', 'SAGAWA', 'JAPAN_POST')),
    yamato_billing_customer_code varchar(12),
    yamato_freight_number        varchar(3),
    sagawa_customer_code         varchar(12),
    item_name                    varchar(25),
    updated_at                   timestamptz  not null
);

alter table carrier_settings enable row level security;
alter table carrier_settings force row level security;
create policy tenant_isolation on carrier_settings
    using (shop_id = nullif(current_setting('app.tenant_id', true), '')::bigint)
    with check (shop_id = nullif(current_setting('app.tenant_id', true), '')::bigint);

grant select, insert, update on carrier_settings to ${appRole};

-- The return's parcel: carrier code and slip number (set together), when the carrier said delivered.
alter table return_request
    add column carrier              varchar(20),
    add column tracking_number      varchar(60),
    add column carrier_delivered_at timestamptz,
    add constraint return_request_tracking_pair check ((carrier is null) = (tracking_number is null));
