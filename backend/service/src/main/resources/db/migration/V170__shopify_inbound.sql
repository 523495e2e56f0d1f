-- Inbound Shopify order sync (issue 12): the shop's webhook secret (X-Shopify-Hmac-Sha256), set and
-- rotated by a manager, and every webhook id received, so a replayed delivery changes nothing.
create table shopify_inbound (
    shop_id    bigint       primary key references shop (id),
    secret     varchar(200) not null,
    updated_at timestamptz  not null
);

create table shopify_webhook_receipt (
    shop_id     bigint       not null references shop (id),
    webhook_id  varchar(100) not null,
    topic       varchar(40)  not null,
    order_ref   varchar(100) not null,
    received_at timestamptz  not null,
    primary key (shop_id, webhook_id)
);

alter table shopify_inbound enable row level security;
alter table shopify_inbound force row level security;
create policy tenant_isolation on shopify_inbound
    using (shop_id = nullif(current_setting('app.tenant_id', true), '')::bigint)
    with check (shop_id = nullif(current_setting('app.tenant_id', true), '')::bigint);

alter table shopify_webhook_receipt enable row level security;
alter table shopify_webhook_receipt force row level security;
create policy tenant_isolation on shopify_webhook_receipt
    using (shop_id = nullif(current_setting('app.tenant_id', true), '')::bigint)
    with check (shop_id = nullif(current_setting('app.tenant_id', true), '')::bigint);

grant select, insert, update on shopify_inbound to ${appRole};
grant select, insert on shopify_webhook_receipt to ${appRole};
