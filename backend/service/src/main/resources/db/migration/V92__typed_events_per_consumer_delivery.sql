-- Typed domain events with delivery state per consumer (issue 9).
--
-- outbox_event stays the one store of events: each event once, now with its own UUID, schema
-- version, aggregate type and actor. What used to be the row's delivery state (attempts,
-- available_at, last_error, delivered_at) moves to outbox_delivery, one row per (event,
-- consumer), created in the same transaction as the event for every consumer that wants it.
-- Rows (not a per-consumer cursor) because consumers fail independently and per event: a cursor
-- would either stop at a failing event (blocking everything behind it for that consumer) or need
-- a side table of failures anyway; rows also let several instances claim work with
-- FOR UPDATE SKIP LOCKED per (event, consumer) and show each event's fate per consumer.

alter table outbox_event
    add column event_id       uuid,
    add column schema_version integer     not null default 0,
    add column aggregate_type varchar(30) not null default 'return',
    add column actor          varchar(100);
-- Rows stored before typed events are schema version 0: e-mail notifications addressed to the
-- e-mail consumer only, in their old shape (legacy type such as RETURN_AWAITING_SHIPMENT and map payload).

alter table outbox_event alter column schema_version drop default;
-- A delivery belongs to its event's shop: the pair is the foreign key, so RLS on either table tells the same story.
alter table outbox_event add constraint outbox_event_id_shop_key unique (id, shop_id);

create table outbox_delivery (
    event_id     bigint        not null,
    shop_id      bigint        not null,
    -- the consumer's registered name (EventConsumer.name()), e.g. email
    consumer     varchar(60)   not null,
    attempts     integer       not null default 0,
    available_at timestamptz   not null,
    last_error   varchar(1000),
    delivered_at timestamptz,
    primary key (event_id, consumer),
    foreign key (event_id, shop_id) references outbox_event (id, shop_id) on delete cascade
);
-- What a worker claims: one shop's and one consumer's due rows, oldest event first.
create index outbox_delivery_pending_idx on outbox_delivery (shop_id, consumer, event_id)
    where delivered_at is null;

-- Nothing queued is lost: every event not yet delivered becomes a pending e-mail delivery with its
-- attempts, backoff and last error; delivered ones keep their history as delivered rows.
-- Under forced RLS even the owner sees one shop at a time (as in V83): shop by shop.
do $$
declare s bigint;
begin
    for s in select id from shop order by id loop
        perform set_config('app.tenant_id', s::text, true);
        update outbox_event set event_id = gen_random_uuid() where shop_id = s and event_id is null;
        insert into outbox_delivery (event_id, shop_id, consumer, attempts, available_at, last_error, delivered_at)
        select id, shop_id, 'email', attempts, available_at, last_error, delivered_at from outbox_event
        where shop_id = s;
    end loop;
    perform set_config('app.tenant_id', '', true);
end $$;
alter table outbox_event alter column event_id set not null;
alter table outbox_event add constraint outbox_event_event_id_key unique (event_id);

drop index if exists outbox_pending_idx;
alter table outbox_event
    drop column available_at,
    drop column attempts,
    drop column last_error,
    drop column delivered_at;

alter table outbox_delivery enable row level security;
alter table outbox_delivery force row level security;
create policy tenant_isolation on outbox_delivery
    using (shop_id = nullif(current_setting('app.tenant_id', true), '')::bigint)
    with check (shop_id = nullif(current_setting('app.tenant_id', true), '')::bigint);
grant select, insert, update on outbox_delivery to ${appRole};
