-- Issue 14: per-shop configuration cache (ShopConfigCache). Every write of a shop's configuration
-- notifies channel kaeru_shop_config with the shop id, in the writing transaction: PostgreSQL delivers
-- it at commit (and not at all on rollback) to every instance's listener (ShopConfigListener), which
-- evicts that shop. Identical notifications of one transaction are delivered once. '*' means every shop.
create function notify_shop_config_of_row() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform pg_notify('kaeru_shop_config', old.shop_id::text);
    end if;
    if tg_op <> 'DELETE' then
        perform pg_notify('kaeru_shop_config', new.shop_id::text);
    end if;
    return null;
end $$;

create function notify_shop_config_of_shop() returns trigger language plpgsql as $$
begin
    perform pg_notify('kaeru_shop_config', old.id::text);
    return null;
end $$;

create function notify_shop_config_of_all() returns trigger language plpgsql as $$
begin
    perform pg_notify('kaeru_shop_config', '*');
    return null;
end $$;

create trigger policy_rule_config_changed after insert or update or delete on policy_rule
    for each row execute function notify_shop_config_of_row();
create trigger return_reason_config_changed after insert or update or delete on return_reason
    for each row execute function notify_shop_config_of_row();
create trigger shop_config_changed after update or delete on shop
    for each row execute function notify_shop_config_of_shop();
create trigger agency_config_changed after update or delete on agency
    for each statement execute function notify_shop_config_of_all();
