-- The shop registry had no row-level security (V1) while the application role may update it: one
-- missing access check or a wrong id in an UPDATE would rebrand, rename or re-address another
-- shop. Now:
--   * reading stays open to every role: the portal finds a shop by its slug before any tenant is
--     known, access checks and the agency's "all my shops" read (agency reader role) list shops,
--     and what a shop row holds is what its portal and labels show anyway (name, colours, logo,
--     return address);
--   * a new shop is inserted before it can be bound (it has no id yet): opening a client shop is
--     guarded by the agency-admin check in ShopService, as before;
--   * UPDATE reaches only the shop bound to the transaction (TenantSession.bind, app.tenant_id),
--     so a change to another shop's row changes nothing (EclipseLink reports the row as stale);
--   * DELETE stays ungranted.
-- FORCE: the schema owner is held to the same rules, so a later migration that updates shops must
-- bind each shop as V82 does.
alter table shop enable row level security;
alter table shop force row level security;
create policy shop_read on shop for select using (true);
create policy shop_create on shop for insert with check (true);
create policy shop_update on shop for update
    using (id = nullif(current_setting('app.tenant_id', true), '')::bigint)
    with check (id = nullif(current_setting('app.tenant_id', true), '')::bigint);

-- Photos of cancelled returns are deleted when a return is cancelled (ReturnWorkflow.cancel) from
-- now on; this deletes those cancelled before. Shop by shop, as the policies require (see V82).
do $$
declare s bigint;
begin
    for s in select id from shop order by id loop
        perform set_config('app.tenant_id', s::text, true);
        delete from return_photo p
        using return_request r
        where p.shop_id = s and r.shop_id = s and r.id = p.return_id and r.status = 'CANCELLED';
    end loop;
    perform set_config('app.tenant_id', '', true);
end $$;
