-- Backorder choices (issue 10): the customer, or staff for them, chooses what happens to an
-- exchange line that waits for stock — wait, switch to another variant in stock, split the
-- shipment, or cancel for a refund (plus the shop's coupon, if it offers one).

-- The choice made for a fulfilment, when and by whom; a switch remembers the variant first awaited.
alter table exchange_fulfilment add column choice varchar(20)
    check (choice in ('WAIT', 'SWITCH', 'SPLIT', 'CANCEL_FOR_REFUND'));
alter table exchange_fulfilment add column chosen_at timestamptz;
alter table exchange_fulfilment add column chosen_by varchar(200);
alter table exchange_fulfilment add column switched_from_variant_id bigint;
alter table exchange_fulfilment add constraint exchange_fulfilment_choice_ck
    check ((choice is null) = (chosen_at is null) and (choice is null) = (chosen_by is null));
alter table exchange_fulfilment add constraint exchange_fulfilment_switched_from_fk
    foreign key (switched_from_variant_id, shop_id) references variant (id, shop_id);

-- The coupon a shop adds to a cancelled backorder (none without a row): an amount or a percentage,
-- valid for some days from issue.
create table coupon_offer (
    shop_id       bigint      not null references shop (id),
    purpose       varchar(30) not null check (purpose in ('CANCELLED_BACKORDER')),
    amount_minor  bigint      check (amount_minor > 0),
    currency      char(3),
    percent       integer     check (percent between 1 and 100),
    valid_days    integer     not null check (valid_days between 1 and 1096),
    updated_by    varchar(200) not null,
    updated_at    timestamptz not null default now(),
    primary key (shop_id, purpose),
    check ((amount_minor is not null and currency is not null and percent is null)
           or (percent is not null and amount_minor is null and currency is null))
);
alter table coupon_offer enable row level security;
alter table coupon_offer force row level security;
create policy tenant_isolation on coupon_offer
    using (shop_id = nullif(current_setting('app.tenant_id', true), '')::bigint)
    with check (shop_id = nullif(current_setting('app.tenant_id', true), '')::bigint);
grant select, insert, update, delete on coupon_offer to ${appRole};
