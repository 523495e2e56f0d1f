-- An agency admin's "all my shops" queue reads the returns of several shops in one transaction,
-- while row-level security binds one shop per transaction (app.tenant_id). For that one read the
-- application switches, for the transaction only, to a role that can do nothing but read
--     set_config('role', '<app role>_agency_reader', true); set_config('app.tenant_ids', '1,2,…', true)
-- (TenantSession.bindForReading). The policies below admit the listed shops' rows to that role
-- alone: the application role's own queries never see them (nor pay for evaluating them), a
-- forgotten role switch shows nothing, and the reader holds SELECT only, so such a transaction
-- cannot change anything whatever the tenant settings say.
-- The role is created by whoever creates the application role (EmbeddedDatabase.provision, or
-- the operator of an external PostgreSQL: see README), because the schema owner may not create roles.
do $$
begin
    if not exists (select 1 from pg_roles where rolname = '${appRole}_agency_reader') then
        raise exception 'Role ${appRole}_agency_reader is missing: as a superuser run '
            '"create role ${appRole}_agency_reader nologin; grant ${appRole}_agency_reader to ${appRole};" and start again';
    end if;
end $$;

grant select on agency, shop, return_request, return_line, customer_order, return_reason to ${appRole}_agency_reader;

-- Written for the planner: the list sits in a scalar subquery, an InitPlan parsed once per
-- statement (inline it would be parsed again for every row: 250 ms instead of 15 ms to count
-- 10,000 rows of a 50-shop agency), and "list @> array[shop_id]" is a filter, not an index
-- condition, so the planner keeps using the shop list the query names itself rather than OR-ing
-- this policy with tenant_isolation into a bitmap of every row of the agency (1.3 s).
do $$
declare t text;
begin
    foreach t in array array['return_request', 'return_line', 'customer_order', 'return_reason'] loop
        execute format('create policy agency_read on %I for select to ${appRole}_agency_reader
            using ((select string_to_array(nullif(current_setting(''app.tenant_ids'', true), ''''), '','')::bigint[])
                   @> array[shop_id])', t);
    end loop;
end $$;

-- The agency queue walks all shops' requests newest first and keeps its shops' rows: for an
-- agency with a good share of the returns that finds a page after a few hundred entries, where the
-- per-shop index would have to sort every request of every shop of the agency.
create index return_request_time_idx on return_request (created_at desc, id desc) include (shop_id);
