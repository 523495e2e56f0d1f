-- Issue 11, the customer figures in the reporting projection (docs/insights.md, "The reporting projection"):
-- REPEAT_RATE and FREQUENT_RETURNERS were the last dashboard figures aggregated from the raw requests and orders at
-- request time (0.8-1.8 s each per period for the largest shop of the 1 M-return data set).
--
-- 1. The customer's e-mail as a stored key on the orders, as V60 did for the requests: under FORCEd row-level
--    security lower(customer_email) = ? cannot be an index condition (lower() is not leakproof), so "the
--    customer's orders after this moment" would read every order of the shop (V80 dropped the unusable index on
--    lower()); customer_email_key = ? and ordered_at > ? is one probe of the index below.
alter table customer_order
    add column customer_email_key varchar(254) generated always as (lower(customer_email)) stored;
create index customer_order_email_key_idx on customer_order (shop_id, customer_email_key, ordered_at);

-- 2. One row per shop, day the request was created (shop's time zone), customer (e-mail, any case) and order:
--    the live requests (not cancelled, not rejected) of that customer on that order created that day. Every
--    customer figure of a period is a sum over the period's rows (docs/insights.md):
--      customers with returns = distinct email; frequent returners = sum(returns) >= 3 per email, with
--      count(distinct order_id) of rows with returns > 0 as their orders; bought again = bool_or(ordered_after),
--      because "an order later than the first request of the period" holds exactly when an order is later than
--      the first request of one of the period's rows.
create table insights_customer_day (
    shop_id          bigint       not null references shop (id),
    day              date         not null,
    email            varchar(254) not null,  -- lower(customer_email) of the requests
    order_id         bigint       not null,
    -- integer, not bigint: sum(integer) keeps an int8 state, so grouping a month of a large shop's customers stays
    -- in work_mem (bigint sums keep numeric states and spilled to disk for bench-0001's 18,000 customers)
    returns          integer      not null,  -- live requests with at least one line (the frequent returners count)
    units            integer      not null,  -- Σ quantity of their lines
    first_request_at timestamptz  not null,  -- the earliest live request of the row, lines or not
    ordered_after    boolean      not null,  -- the customer has an order placed after first_request_at
    primary key (shop_id, day, email, order_id)
);
-- A customer's rows (the order side's refresh; the frequent returners' names).
create index insights_customer_day_email_idx on insights_customer_day (shop_id, email, day);

alter table insights_customer_day enable row level security;
alter table insights_customer_day force row level security;
create policy tenant_isolation on insights_customer_day
    using (shop_id = nullif(current_setting('app.tenant_id', true), '')::bigint)
    with check (shop_id = nullif(current_setting('app.tenant_id', true), '')::bigint);
grant select, insert, delete on insights_customer_day to ${appRole};
grant update (ordered_after) on insights_customer_day to ${appRole};
-- The agency roll-up reads it as the agency reader (V61, V150), like V221's tables.
grant select on insights_customer_day to ${appRole}_agency_reader;
create policy agency_read on insights_customer_day for select to ${appRole}_agency_reader
    using (shop_id in (select unnest(string_to_array(nullif(current_setting('app.tenant_ids', true), ''), ',')::bigint[])));

-- 3. When the shop's projection last took in a change (ShopInsightsDto.projectedAt): one row per shop, stamped by
--    every refresh, read by its key. Until now every dashboard computed max(updated_at) over all of the shop's
--    requests for it (0.5 s for the largest shop).
create table insights_projected (
    shop_id      bigint      primary key references shop (id),
    projected_at timestamptz not null
);
alter table insights_projected enable row level security;
alter table insights_projected force row level security;
create policy tenant_isolation on insights_projected
    using (shop_id = nullif(current_setting('app.tenant_id', true), '')::bigint)
    with check (shop_id = nullif(current_setting('app.tenant_id', true), '')::bigint);
grant select, insert, update on insights_projected to ${appRole};
grant select on insights_projected to ${appRole}_agency_reader;
create policy agency_read on insights_projected for select to ${appRole}_agency_reader
    using (shop_id in (select unnest(string_to_array(nullif(current_setting('app.tenant_ids', true), ''), ',')::bigint[])));

-- Stamps the shop's row, when it is the bound shop (another shop's refresh sees and stamps nothing).
create function insights_stamp(p_shop bigint) returns void
    language sql as $fn$
    insert into insights_projected (shop_id, projected_at)
    select p_shop, now() where p_shop = nullif(current_setting('app.tenant_id', true), '')::bigint
    on conflict (shop_id) do update set projected_at = excluded.projected_at;
$fn$;

-- Replaces the shop's customer rows of the days p_from..p_to (request's creation day, shop's time zone, both
-- inclusive; null = unbounded) with what the requests and orders say now. Same discipline as V221's function: runs
-- as the caller (row-level security applies), set-based, under the shop's advisory lock (key space 1230000128).
create function insights_refresh_customers(p_shop bigint, p_from date, p_to date) returns bigint
    language plpgsql as $fn$
declare
    tz text;
    a  timestamptz;
    b  timestamptz;
    n  bigint;
begin
    perform pg_advisory_xact_lock(1230000128, p_shop::int);
    select time_zone into tz from shop where id = p_shop;
    if tz is null then
        return 0;
    end if;
    a := case when p_from is null then '-infinity'::timestamptz else p_from::timestamp at time zone tz end;
    b := case when p_to is null then 'infinity'::timestamptz else (p_to + 1)::timestamp at time zone tz end;
    delete from insights_customer_day
    where shop_id = p_shop and day between coalesce(p_from, '-infinity'::date) and coalesce(p_to, 'infinity'::date);
    insert into insights_customer_day (shop_id, day, email, order_id, returns, units, first_request_at, ordered_after)
    select p_shop, x.day, x.email, x.order_id, x.returns, x.units, x.first_at,
           exists (select 1 from customer_order o
                   where o.shop_id = p_shop and o.customer_email_key = x.email and o.ordered_at > x.first_at)
    from (select (r.created_at at time zone tz)::date as day, r.customer_email_key as email, r.order_id,
                 count(q.units) as returns, coalesce(sum(q.units), 0) as units, min(r.created_at) as first_at
          from return_request r
          left join lateral (select sum(rl.quantity) as units from return_line rl where rl.return_id = r.id) q on true
          where r.shop_id = p_shop and r.status not in ('CANCELLED', 'REJECTED') and r.created_at >= a and r.created_at < b
          group by 1, 2, 3) x;
    get diagnostics n = row_count;
    return n;
end
$fn$;

-- Orders of these customers (e-mails in any case; null = every customer of the shop; none = only the stamp) were
-- written: recomputes whether each of their rows has an order after its first request. Only the flag depends on the
-- orders.
create function insights_refresh_customer_orders(p_shop bigint, p_emails text[]) returns bigint
    language plpgsql as $fn$
declare
    keys text[];
    n    bigint;
begin
    perform pg_advisory_xact_lock(1230000128, p_shop::int);
    select array_agg(distinct lower(e)) into keys from unnest(p_emails) e;
    update insights_customer_day d
    set ordered_after = exists (select 1 from customer_order o
                                where o.shop_id = p_shop and o.customer_email_key = d.email
                                  and o.ordered_at > d.first_request_at)
    where d.shop_id = p_shop and (p_emails is null or d.email = any (keys))
      and d.ordered_after <> exists (select 1 from customer_order o
                                     where o.shop_id = p_shop and o.customer_email_key = d.email
                                       and o.ordered_at > d.first_request_at);
    get diagnostics n = row_count;
    perform insights_stamp(p_shop);
    return n;
end
$fn$;

-- insights_refresh (V221), what the return events, the rebuild and the backfills call, now refreshes the customer
-- rows of the same days too: V221's body keeps its work under the name insights_refresh_days (the order side
-- calls it directly, the orders' days say nothing about requests).
alter function insights_refresh(bigint, date, date) rename to insights_refresh_days;
create function insights_refresh(p_shop bigint, p_from date, p_to date) returns bigint
    language plpgsql as $fn$
declare
    n bigint;
begin
    n := insights_refresh_days(p_shop, p_from, p_to);
    perform insights_refresh_customers(p_shop, p_from, p_to);
    perform insights_stamp(p_shop);
    return n;
end
$fn$;

grant execute on function insights_refresh(bigint, date, date) to ${appRole};
grant execute on function insights_refresh_customers(bigint, date, date) to ${appRole};
grant execute on function insights_refresh_customer_orders(bigint, text[]) to ${appRole};
grant execute on function insights_stamp(bigint) to ${appRole};

-- Backfill: every shop's customer rows, set-based per shop, bound to each shop in turn (row-level security is
-- forced on the owner too).
do $$
declare s record;
begin
    for s in select id from shop order by id loop
        perform set_config('app.tenant_id', s.id::text, true);
        perform insights_refresh_customers(s.id, null, null);
        perform insights_stamp(s.id);
    end loop;
    perform set_config('app.tenant_id', '', true);
end $$;
