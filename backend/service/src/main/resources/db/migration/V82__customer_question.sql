-- Where a return's conversation with the customer stands (returns.domain.CustomerQuestion): WAITING
-- once staff ask, ANSWERED once the customer answers on the portal. Kept on the request so the queue
-- shows it on every row and filters by it ("customer answered") without reading the audit trail.
alter table return_request
    add column customer_question varchar(8) check (customer_question in ('WAITING', 'ANSWERED'));

-- Few requests ever have a question: a partial index keeps the filter and its count small.
create index return_request_question_idx on return_request (shop_id, customer_question, created_at desc)
    include (id) where customer_question is not null;

-- Requests asked before this migration: the latest question, and whether an answer came after it.
-- Shop by shop, as the policies let even the owner write one shop at a time (see V80).
do $$
declare s bigint;
begin
    for s in select id from shop order by id loop
        perform set_config('app.tenant_id', s::text, true);
        update return_request r
        set customer_question = case when asked.at > coalesce(answered.at, '-infinity') then 'WAITING' else 'ANSWERED' end
        from (select entity_ref, max(occurred_at) as at from audit_event
              where shop_id = s and entity_type = 'RETURN' and action = 'INFO_REQUESTED' group by entity_ref) asked
        left join (select entity_ref, max(occurred_at) as at from audit_event
                   where shop_id = s and entity_type = 'RETURN' and action = 'INFO_ANSWERED' group by entity_ref) answered
               on answered.entity_ref = asked.entity_ref
        where r.shop_id = s and r.rma_number = asked.entity_ref;
    end loop;
    perform set_config('app.tenant_id', '', true);
end $$;
