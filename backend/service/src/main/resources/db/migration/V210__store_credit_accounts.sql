-- Storefront money (issue 12): shops spend a customer's store credit through the API, so each
-- customer's balance gets a row that only the ledger changes and that can never go below zero.
-- A redemption is a negative ledger entry; its trigger applies it to the account in the same
-- statement, and the check refuses an entry that would overdraw it, whatever the application
-- does. Two redemptions at once queue on the account row (the API locks it first), so of two
-- that together exceed the balance exactly one succeeds.
create table store_credit_account (
    shop_id        bigint       not null references shop (id),
    customer_email varchar(254) not null check (customer_email = lower(customer_email)),
    currency       char(3)      not null,
    balance_minor  bigint       not null default 0 check (balance_minor >= 0),
    updated_at     timestamptz  not null default now(),
    primary key (shop_id, customer_email)
);

-- A redemption names the shop system's call (Idempotency-Key: a retried call finds its entry),
-- the order it paid for and who made it.
alter table store_credit_entry add column idempotency_key varchar(200);
alter table store_credit_entry add column order_reference varchar(100);
alter table store_credit_entry add column actor varchar(200);
create unique index store_credit_entry_key_uq on store_credit_entry (shop_id, idempotency_key)
    where idempotency_key is not null;
create index store_credit_entry_account_idx on store_credit_entry (shop_id, customer_email, id);

create function apply_store_credit_entry() returns trigger
    language plpgsql security definer set search_path = public as $$
declare
    held char(3);
begin
    select currency into held from store_credit_account
        where shop_id = new.shop_id and customer_email = lower(new.customer_email);
    if found and held <> new.currency then
        raise exception 'store credit of % is held in %, not %', lower(new.customer_email), held, new.currency
            using errcode = 'check_violation';
    end if;
    -- Update first: an insert's proposed row is checked before ON CONFLICT, so a redemption
    -- (negative) must never be proposed as a new account's balance.
    update store_credit_account set balance_minor = balance_minor + new.amount_minor, updated_at = new.created_at
        where shop_id = new.shop_id and customer_email = lower(new.customer_email);
    if not found then
        insert into store_credit_account (shop_id, customer_email, currency, balance_minor, updated_at)
        values (new.shop_id, lower(new.customer_email), new.currency, new.amount_minor, new.created_at)
        on conflict (shop_id, customer_email) do update
            set balance_minor = store_credit_account.balance_minor + excluded.balance_minor,
                updated_at = excluded.updated_at;
    end if;
    return null;
end $$;
revoke all on function apply_store_credit_entry() from public;

-- Balances of the credit issued so far, shop by shop (the policies show one shop per setting).
alter table store_credit_account enable row level security;
alter table store_credit_account force row level security;
create policy tenant_isolation on store_credit_account
    using (shop_id = nullif(current_setting('app.tenant_id', true), '')::bigint)
    with check (shop_id = nullif(current_setting('app.tenant_id', true), '')::bigint);
do $$
declare s bigint;
begin
    for s in select id from shop order by id loop
        perform set_config('app.tenant_id', s::text, true);
        insert into store_credit_account (shop_id, customer_email, currency, balance_minor, updated_at)
        select shop_id, lower(customer_email), min(currency), sum(amount_minor), max(created_at)
        from store_credit_entry where shop_id = s group by shop_id, lower(customer_email);
    end loop;
    perform set_config('app.tenant_id', '', true);
end $$;

create trigger store_credit_entry_applies after insert on store_credit_entry
    for each row execute function apply_store_credit_entry();

-- The ledger is append-only and the account changes only through it; FOR UPDATE needs the one column.
revoke update, delete on store_credit_entry from ${appRole};
grant select on store_credit_account to ${appRole};
grant update (updated_at) on store_credit_account to ${appRole};

-- Gift codes are redeemed once, for an order, by a call that can be retried.
alter table gift_code add column order_reference varchar(100);
alter table gift_code add column redeemed_by varchar(200);
alter table gift_code add column idempotency_key varchar(200);
alter table gift_code add constraint gift_code_redemption_complete
    check ((redeemed_at is null) = (order_reference is null and redeemed_by is null));
