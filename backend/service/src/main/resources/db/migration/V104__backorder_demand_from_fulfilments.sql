-- Reorder points count the units owed to waiting exchanges (V100's backorder_demand). Since V96 the
-- exchange's own fulfilment row is the truth: a return may complete while its replacement still
-- waits, and a customer's switch or split (V103) changes the variant and units owed. Owed = a
-- fulfilment waiting for supply: BACKORDERED, or HELD for a manager without units reserved.
create or replace function backorder_demand(p_shop bigint) returns table (variant_id bigint, units bigint)
    language sql stable as $$
    select f.variant_id, sum(f.quantity)::bigint
    from exchange_fulfilment f
    where f.shop_id = p_shop
      and (f.state = 'BACKORDERED' or (f.state = 'HELD' and not f.units_reserved))
    group by f.variant_id
$$;
