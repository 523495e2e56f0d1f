-- outbox_delivery is a queue: every delivery is an update that leaves the old row dead, and the claim of the next
-- batch walks the pending index (shop, consumer, event_id where delivered_at is null) from its head, through the
-- entries of rows delivered since the last VACUUM. With the default trigger (20 % of the table dead: 150,000 rows
-- on the dev data) the claim of 50 events took 77 ms under the returns load and the reporting projection's
-- consumer drained 130 events/s. Vacuumed after every 10,000 dead rows instead, without cost-based pauses
-- (a vacuum of this table and its two indexes takes about half a second).
alter table outbox_delivery set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 10000,
    autovacuum_vacuum_cost_delay = 0, autovacuum_analyze_scale_factor = 0.02);
