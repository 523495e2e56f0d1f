-- How parcels come back: the methods each shop offers, and per request the pickup booking,
-- the drop-off point and the address used for the pickup and the exchange shipment.

alter table shop add column return_methods varchar(60) not null default 'PREPAID_LABEL,DROP_OFF,PICKUP';

alter table return_request add column pickup_date      date;
alter table return_request add column pickup_slot      varchar(10)
    check (pickup_slot in ('MORNING', 'T14_16', 'T16_18', 'T18_20', 'T19_21'));
alter table return_request add column drop_off_point   varchar(20)
    check (drop_off_point in ('SEVEN_ELEVEN', 'FAMILYMART', 'LAWSON', 'CARRIER_OFFICE'));
alter table return_request add column address_name        varchar(100);
alter table return_request add column address_postal_code varchar(8);
alter table return_request add column address_prefecture  varchar(10);
alter table return_request add column address_city        varchar(100);
alter table return_request add column address_line1       varchar(200);
alter table return_request add column address_line2       varchar(200);
alter table return_request add column address_phone       varchar(40);
alter table return_request add constraint return_request_pickup_booked
    check (return_method <> 'PICKUP' or (pickup_date is not null and pickup_slot is not null));
