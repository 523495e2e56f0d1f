-- Delivery delay (issue 11): the insights read the replacements shipped in a period per shop (EXCHANGE_SHIP_DAYS,
-- EXCHANGE_SHIPPED_LATE). Without this index that is a scan of every fulfilment of the shop per dashboard request.
create index exchange_fulfilment_shipped_idx on exchange_fulfilment (shop_id, shipped_at) where shipped_at is not null;
