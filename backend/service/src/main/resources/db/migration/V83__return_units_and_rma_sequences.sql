-- 1. The database's own guarantee that an order line's live returns (every status but REJECTED and
--    CANCELLED, as ReturnStatus.holdsUnits) never hold more units than were ordered. The application
--    serialises submissions per order (a row lock on customer_order) and checks first, so a customer
--    sees a clear answer; this counter is the backstop for any path that forgets to. Triggers keep it:
--    a line added to a live request, a request moving between live and dead, a line's quantity changed.
--    The row update also serialises concurrent writers of one order line, and the CHECK refuses the one
--    that would go over.
alter table order_line add column units_in_returns integer not null default 0;

create function return_status_holds_units(status varchar) returns boolean
    language sql immutable as $$ select status not in ('REJECTED', 'CANCELLED') $$;

create function return_line_counts_units() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        if return_status_holds_units((select status from return_request where id = new.return_id)) then
            update order_line set units_in_returns = units_in_returns + new.quantity where id = new.order_line_id;
        end if;
    elsif tg_op = 'UPDATE' then
        if return_status_holds_units((select status from return_request where id = new.return_id)) then
            update order_line set units_in_returns = units_in_returns - old.quantity where id = old.order_line_id;
            update order_line set units_in_returns = units_in_returns + new.quantity where id = new.order_line_id;
        end if;
    end if;
    return null;
end $$;

create trigger return_line_counts_units after insert or update of quantity, order_line_id on return_line
    for each row execute function return_line_counts_units();

create function return_request_counts_units() returns trigger
    language plpgsql as $$
declare
    direction integer := case when return_status_holds_units(new.status) then 1 else -1 end;
begin
    update order_line ol set units_in_returns = ol.units_in_returns + direction * l.quantity
    from (select order_line_id, sum(quantity) as quantity from return_line where return_id = new.id
          group by order_line_id) l
    where ol.id = l.order_line_id;
    return null;
end $$;

create trigger return_request_counts_units after update of status on return_request
    for each row when (return_status_holds_units(old.status) <> return_status_holds_units(new.status))
    execute function return_request_counts_units();

-- Existing counts, shop by shop (the policies let even the owner write one shop at a time, see V80).
do $$
declare s bigint;
begin
    for s in select id from shop order by id loop
        perform set_config('app.tenant_id', s::text, true);
        update order_line ol set units_in_returns = held.units
        from (select l.order_line_id, sum(l.quantity) as units from return_line l
              join return_request r on r.id = l.return_id
              where l.shop_id = s and return_status_holds_units(r.status) group by l.order_line_id) held
        where ol.shop_id = s and ol.id = held.order_line_id;
    end loop;
    perform set_config('app.tenant_id', '', true);
end $$;

-- NOT VALID first, then validated where the data allows: an installation that already over-returned a
-- line (the concurrency defect this closes) keeps starting; new rows are checked either way.
alter table order_line add constraint order_line_units_in_returns_check
    check (units_in_returns >= 0 and units_in_returns <= quantity) not valid;
do $$
begin
    alter table order_line validate constraint order_line_units_in_returns_check;
exception when check_violation then
    raise warning 'order_line: some lines already hold more returned units than ordered; the check applies to new changes only';
end $$;

-- 2. RMA numbers from a sequence per shop. The counter row in shop_counter had to be updated in a
--    transaction of its own (its row lock otherwise serialised a shop's submissions), so a submission
--    holding one pooled connection needed a second: under load every connection waited for another
--    (README, "Returns load benchmark"). nextval needs no lock and no second connection; numbers are
--    per shop, unique and never reused; a rolled-back submission leaves a gap.
create function create_rma_sequence() returns trigger
    language plpgsql security definer set search_path = public as $$
begin
    -- Owned by the schema owner; the default privileges of V1 give the application role usage.
    execute format('create sequence if not exists rma_seq_%s', new.id);
    return null;
end $$;
revoke all on function create_rma_sequence() from public;

create trigger shop_rma_sequence after insert on shop for each row execute function create_rma_sequence();

do $$
declare s bigint;
declare used bigint;
begin
    for s in select id from shop order by id loop
        perform set_config('app.tenant_id', s::text, true);
        select coalesce(max(value), 0) into used from shop_counter where shop_id = s and name = 'rma';
        execute format('create sequence if not exists rma_seq_%s start %s', s, used + 1);
    end loop;
    perform set_config('app.tenant_id', '', true);
end $$;

create function next_rma_number(shop bigint) returns bigint
    language sql volatile as $$ select nextval(format('rma_seq_%s', shop)::regclass) $$;
