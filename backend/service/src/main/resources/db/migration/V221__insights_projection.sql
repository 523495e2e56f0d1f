-- Issue 11, the reporting projection (docs/insights.md, "The reporting projection"): daily aggregates per
-- shop in the shop's time zone, so the dashboard sums at most a few hundred rows per period instead of
-- aggregating the shop's orders and returns at request time (minutes for a shop with 133,000 returns).
--
-- Every row is recomputed from the orders and returns themselves by insights_refresh(shop, from, to): it
-- replaces the shop's rows of those days with what the source rows say now. A refresh is therefore
-- idempotent (delivering an event twice, or rebuilding twice, gives the same rows) and never counts by
-- increments; refreshes of one shop are serialised by an advisory lock, so two at once cannot both insert.

create table insights_day (
    shop_id                      bigint  not null references shop (id),
    day                          date    not null,
    -- by the order's date (ordered_at)
    orders                       bigint  not null default 0,
    units_sold                   bigint  not null default 0,
    sales_minor                  bigint  not null default 0,
    units_returned_by_order_date bigint  not null default 0,
    -- by the request's date (created_at), live requests (not cancelled, not rejected)
    returns                      bigint  not null default 0,
    units_returned               bigint  not null default 0,
    -- by the completion date of COMPLETED requests
    refund_units                 bigint  not null default 0,
    exchange_units               bigint  not null default 0,
    exchange_value_minor         bigint  not null default 0,
    -- by the receipt date
    grade_a                      bigint  not null default 0,
    grade_b                      bigint  not null default 0,
    grade_c                      bigint  not null default 0,
    grade_missing                bigint  not null default 0,
    value_disposed_minor         bigint  not null default 0,
    primary key (shop_id, day)
);

-- Units sold per variant and order date.
create table insights_variant_day (
    shop_id    bigint not null references shop (id),
    day        date   not null,
    variant_id bigint not null,
    units_sold bigint not null,
    primary key (shop_id, day, variant_id)
);

-- Units returned (live requests) per variant, reason and the ORDER's date: the return rate's numerator.
create table insights_variant_reason_day (
    shop_id        bigint      not null references shop (id),
    day            date        not null,
    variant_id     bigint      not null,
    reason_code    varchar(40) not null,
    units_returned bigint      not null,
    primary key (shop_id, day, variant_id, reason_code)
);

-- Units returned (live requests) per reason and the REQUEST's date: the reasons breakdown.
create table insights_reason_day (
    shop_id        bigint      not null references shop (id),
    day            date        not null,
    reason_code    varchar(40) not null,
    units_returned bigint      not null,
    primary key (shop_id, day, reason_code)
);

do $$
declare t text;
begin
    foreach t in array array['insights_day', 'insights_variant_day', 'insights_variant_reason_day', 'insights_reason_day'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I
            using (shop_id = nullif(current_setting(''app.tenant_id'', true), '''')::bigint)
            with check (shop_id = nullif(current_setting(''app.tenant_id'', true), '''')::bigint)', t);
        execute format('grant select, insert, delete on %I to ${appRole}', t);
        -- The agency roll-up reads them as the agency reader (V61, V150).
        execute format('grant select on %I to ${appRole}_agency_reader', t);
        execute format('create policy agency_read on %I for select to ${appRole}_agency_reader
            using (shop_id in (select unnest(string_to_array(nullif(current_setting(''app.tenant_ids'', true), ''''), '','')::bigint[])))', t);
    end loop;
end $$;

-- Replaces the shop's projection rows of the days p_from..p_to (shop's time zone, both inclusive; null =
-- unbounded, so (shop, null, null) rebuilds all of it) with aggregates of the source rows. Runs as the
-- caller (row-level security applies: the caller binds the tenant first); set-based, one shop at a time.
create function insights_refresh(p_shop bigint, p_from date, p_to date) returns bigint
    language plpgsql as $fn$
declare
    tz   text;
    a    timestamptz;
    b    timestamptz;
    dmin date := coalesce(p_from, '-infinity'::date);
    dmax date := coalesce(p_to, 'infinity'::date);
    n    bigint;
begin
    -- Key space 1230000128 (insights projection): one lock per shop, held to commit, so a refresh waits for another.
    perform pg_advisory_xact_lock(1230000128, p_shop::int);
    select time_zone into tz from shop where id = p_shop;
    if tz is null then
        return 0;
    end if;
    a := case when p_from is null then '-infinity'::timestamptz else p_from::timestamp at time zone tz end;
    b := case when p_to is null then 'infinity'::timestamptz else (p_to + 1)::timestamp at time zone tz end;

    delete from insights_day where shop_id = p_shop and day between dmin and dmax;
    delete from insights_variant_day where shop_id = p_shop and day between dmin and dmax;
    delete from insights_variant_reason_day where shop_id = p_shop and day between dmin and dmax;
    delete from insights_reason_day where shop_id = p_shop and day between dmin and dmax;

    insert into insights_day (shop_id, day, orders, units_sold, sales_minor, units_returned_by_order_date, returns,
                              units_returned, refund_units, exchange_units, exchange_value_minor, grade_a, grade_b,
                              grade_c, grade_missing, value_disposed_minor)
    select p_shop, x.day, sum(x.orders), sum(x.units_sold), sum(x.sales), sum(x.by_order), sum(x.returns),
           sum(x.units_returned), sum(x.refund_units), sum(x.exchange_units), sum(x.exchange_value), sum(x.ga),
           sum(x.gb), sum(x.gc), sum(x.gm), sum(x.disposed)
    from (
        -- orders with at least one line: units and value net of line and order discounts
        select (o.ordered_at at time zone tz)::date as day, 1 orders, l.units units_sold,
               l.value - o.order_discount_minor sales, 0 by_order, 0 returns, 0 units_returned, 0 refund_units,
               0 exchange_units, 0 exchange_value, 0 ga, 0 gb, 0 gc, 0 gm, 0 disposed
        from customer_order o
        cross join lateral (select sum(ol.quantity) units, sum(ol.quantity * ol.unit_price_minor - ol.line_discount_minor) value
                            from order_line ol where ol.order_id = o.id having count(*) > 0) l
        where o.shop_id = p_shop and o.ordered_at >= a and o.ordered_at < b
        union all
        -- units of live requests, by the order's date
        select (o.ordered_at at time zone tz)::date, 0, 0, 0, rl.quantity, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
        from return_line rl join return_request r on r.id = rl.return_id join customer_order o on o.id = r.order_id
        where r.shop_id = p_shop and r.status not in ('CANCELLED', 'REJECTED') and o.ordered_at >= a and o.ordered_at < b
        union all
        -- live requests with at least one line and their units, by the request's date
        select (r.created_at at time zone tz)::date, 0, 0, 0, 0, 1, q.units, 0, 0, 0, 0, 0, 0, 0, 0
        from return_request r
        cross join lateral (select sum(rl.quantity) units from return_line rl where rl.return_id = r.id having count(*) > 0) q
        where r.shop_id = p_shop and r.status not in ('CANCELLED', 'REJECTED') and r.created_at >= a and r.created_at < b
        union all
        -- resolutions of completed requests, by the completion date
        select (r.completed_at at time zone tz)::date, 0, 0, 0, 0, 0, 0,
               case when rl.resolution = 'REFUND' then rl.quantity else 0 end,
               case when rl.resolution = 'EXCHANGE' then rl.quantity else 0 end,
               case when rl.resolution = 'EXCHANGE' then rl.quantity * ol.unit_price_minor else 0 end, 0, 0, 0, 0, 0
        from return_line rl join return_request r on r.id = rl.return_id join order_line ol on ol.id = rl.order_line_id
        where r.shop_id = p_shop and r.status = 'COMPLETED' and r.completed_at >= a and r.completed_at < b
        union all
        -- grades of received requests, by the receipt date
        select (r.received_at at time zone tz)::date, 0, 0, 0, 0, 0, 0, 0, 0, 0, rl.grade_a, rl.grade_b, rl.grade_c,
               case when r.status in ('INSPECTED', 'COMPLETED') then rl.quantity - rl.grade_a - rl.grade_b - rl.grade_c else 0 end,
               rl.grade_c * ol.unit_price_minor
        from return_line rl join return_request r on r.id = rl.return_id join order_line ol on ol.id = rl.order_line_id
        where r.shop_id = p_shop and r.received_at >= a and r.received_at < b
    ) x
    group by x.day;
    get diagnostics n = row_count;

    insert into insights_variant_day (shop_id, day, variant_id, units_sold)
    select p_shop, (o.ordered_at at time zone tz)::date, ol.variant_id, sum(ol.quantity)
    from order_line ol join customer_order o on o.id = ol.order_id
    where o.shop_id = p_shop and o.ordered_at >= a and o.ordered_at < b
    group by 2, 3;

    insert into insights_variant_reason_day (shop_id, day, variant_id, reason_code, units_returned)
    select p_shop, (o.ordered_at at time zone tz)::date, ol.variant_id, rl.reason_code, sum(rl.quantity)
    from return_line rl join return_request r on r.id = rl.return_id join order_line ol on ol.id = rl.order_line_id
    join customer_order o on o.id = r.order_id
    where r.shop_id = p_shop and r.status not in ('CANCELLED', 'REJECTED') and o.ordered_at >= a and o.ordered_at < b
    group by 2, 3, 4;

    insert into insights_reason_day (shop_id, day, reason_code, units_returned)
    select p_shop, (r.created_at at time zone tz)::date, rl.reason_code, sum(rl.quantity)
    from return_line rl join return_request r on r.id = rl.return_id
    where r.shop_id = p_shop and r.status not in ('CANCELLED', 'REJECTED') and r.created_at >= a and r.created_at < b
    group by 2, 3;
    return n;
end
$fn$;

grant execute on function insights_refresh(bigint, date, date) to ${appRole};

-- Backfill: every shop's history, set-based per shop, bound to each shop in turn (row-level security is
-- forced on the owner too).
do $$
declare s record;
begin
    for s in select id from shop order by id loop
        perform set_config('app.tenant_id', s.id::text, true);
        perform insights_refresh(s.id, null, null);
    end loop;
    perform set_config('app.tenant_id', '', true);
end $$;
