-- Insights (issue 11): the agency roll-up computes every client shop's KPIs in one read-only
-- transaction as the agency reader (V61). Besides requests, lines, orders and reasons it reads
-- order lines (units sold, sales), refunds (money, lead time), exchange fulfilments (backorders)
-- and the catalog (variant, product): the same SELECT-only grant and the same policy as V81.
grant select on order_line, refund, exchange_fulfilment, variant, product to ${appRole}_agency_reader;

do $$
declare t text;
begin
    foreach t in array array['order_line', 'refund', 'exchange_fulfilment', 'variant', 'product'] loop
        execute format('create policy agency_read on %I for select to ${appRole}_agency_reader
            using (shop_id in (select unnest(string_to_array(nullif(current_setting(''app.tenant_ids'', true), ''''), '','')::bigint[])))', t);
    end loop;
end $$;
