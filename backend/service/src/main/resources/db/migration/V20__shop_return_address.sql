-- Where a shop's returned parcels go: the recipient of its prepaid return labels. Optional until
-- the shop sets it (a shop without one issues no labels), but never half set. shop is the tenant
-- root (V1): no row-level policy, and the existing table grants cover the new columns.
alter table shop
    add column return_recipient    varchar(120),
    add column return_postal_code  varchar(8) check (return_postal_code ~ '^[0-9]{3}-[0-9]{4}$'),
    add column return_prefecture   varchar(10),
    add column return_city         varchar(100),
    add column return_address_line varchar(200),
    add column return_phone        varchar(20),
    add constraint shop_return_address_complete check (
        (return_recipient is null and return_postal_code is null and return_prefecture is null
            and return_city is null and return_address_line is null and return_phone is null)
        or (return_recipient is not null and return_postal_code is not null and return_prefecture is not null
            and return_city is not null and return_address_line is not null));
