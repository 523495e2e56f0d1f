-- The background loops (each event consumer's lane, the webhook claimer, the refund worker, the data
-- export worker) used to visit every shop on every tick, one transaction each: with the 1,003 shops of
-- the benchmark data an idle instance kept both cores and five PostgreSQL backends busy, and a shop woken by a commit
-- waited behind the sweep (webhook p95 18.8 s). Now each tick first asks which shops have due rows,
-- in one read-only statement across shops as the agency reader (V61) bound to every shop
-- (platform.persistence.DueShops), and visits only those.
--
-- The reader gets only the columns that question reads: a delivery's secret, payload or error stays
-- unreadable to it. (The refund table is readable to it since V150; upgrade payments, V225, are
-- collected by the refund worker.)
grant select (shop_id, consumer, available_at, delivered_at) on outbox_delivery to ${appRole}_agency_reader;
grant select (shop_id, endpoint_id, kind, status, next_attempt_at) on webhook_delivery to ${appRole}_agency_reader;
grant select (id, shop_id, enabled) on webhook_endpoint to ${appRole}_agency_reader;
grant select (id, shop_id, status, lease_until, expires_at) on data_export to ${appRole}_agency_reader;
grant select (shop_id, export_id) on data_export_part to ${appRole}_agency_reader;
grant select (shop_id, status, next_attempt_at, lease_until) on upgrade_payment to ${appRole}_agency_reader;

do $$
declare t text;
begin
    foreach t in array array['outbox_delivery', 'webhook_delivery', 'webhook_endpoint', 'data_export', 'data_export_part', 'upgrade_payment'] loop
        execute format('create policy agency_read on %I for select to ${appRole}_agency_reader
            using (shop_id in (select unnest(string_to_array(nullif(current_setting(''app.tenant_ids'', true), ''''), '','')::bigint[])))', t);
    end loop;
end $$;
