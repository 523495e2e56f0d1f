-- Finding returns by the customer's name, at a million returns (README "Returns queue at 1 million
-- returns"). Under FORCEd row-level security only leakproof comparisons can be index conditions
-- (see V60), so "lower(customer_name) like '%佐藤%'" read every order of the shop (120–240 ms in a
-- shop of 130,000 returns). Instead each order's name is kept as search keys, and a search is a
-- prefix range on them, "search_key >= k and search_key < k || U+10FFFF", which a btree answers
-- under RLS:
--   * a name in Japanese (kana, kanji; also Chinese and Korean) script keeps every suffix of the name without spaces,
--     so any part of it is found: 佐藤 花子 → 佐藤花子, 藤花子, 花子, 子 (found by 佐藤, 藤, 花子, 佐藤花子);
--   * any other name (Latin script) keeps its words and the whole name without spaces, each found by its
--     start: Hanako Yamada → hanako, yamada, hanakoyamada (found by yam, hanako, hanakoyam).
-- A search with several words must find each of them (ReturnRequestRepository's queue search).
-- The keys are normalised by name_search_key: NFKC (full-width letters, half-width kana), lower
-- case, katakana as hiragana (ヤマダ finds やまだ).

create function name_search_key(name text) returns text
    language sql immutable strict parallel safe
    return translate(lower(normalize(name, NFKC)),
                     'ァアィイゥウェエォオカガキギクグケゲコゴサザシジスズセゼソゾタダチヂッツヅテデトドナニヌネノハバパヒビピフブプヘベペホボポマミムメモャヤュユョヨラリルレロヮワヰヱヲンヴヵヶ',
                     'ぁあぃいぅうぇえぉおかがきぎくぐけげこごさざしじすずせぜそぞただちぢっつづてでとどなにぬねのはばぱひびぴふぶぷへべぺほぼぽまみむめもゃやゅゆょよらりるれろゎわゐゑをんゔゕゖ');

-- Words are separated by spaces (ideographic ones become plain under NFKC), the katakana middle dot
-- of foreign names (ジョン・スミス) and commas; keys are capped at 40 characters.
create function name_search_keys(name text) returns setof text
    language sql immutable strict parallel safe
as $$
    with normalised as (
        select regexp_replace(name_search_key(name), '[\s・,、]+', ' ', 'g') as spaced
    ), parts as (
        select trim(spaced) as spaced, replace(trim(spaced), ' ', '') as joined from normalised
    )
    select distinct left(key, 40)
    from parts, lateral (
        select substr(joined, i) from generate_series(1, length(joined)) i where joined ~ '[ぁ-ヿ㐀-鿿豈-﫿가-힣]'
        union all
        select word from regexp_split_to_table(spaced, ' ') word where joined !~ '[ぁ-ヿ㐀-鿿豈-﫿가-힣]'
        union all
        select joined where joined !~ '[ぁ-ヿ㐀-鿿豈-﫿가-힣]'
    ) keys(key)
    where key <> ''
$$;

create table customer_name_key (
    shop_id    bigint      not null references shop (id),
    search_key text collate "C" not null,
    order_id   bigint      not null,
    -- The search reads this index alone: the shop, a range of keys, the matching orders.
    primary key (shop_id, search_key, order_id)
);
comment on table customer_name_key is
    'Search keys of customer_order.customer_name (V80), kept by triggers on customer_order; no foreign key to '
    'the order so that deleting orders in bulk does not probe this table row by row (the trigger removes the keys).';

-- Kept by statement triggers over transition tables: an import or a bulk insert of many orders
-- adds their keys in one statement instead of one trigger call per order.
create function customer_order_name_keys_added() returns trigger language plpgsql as $$
begin
    insert into customer_name_key (shop_id, search_key, order_id)
    select a.shop_id, k, a.id from added a, name_search_keys(a.customer_name) k
    on conflict do nothing;
    return null;
end $$;

create function customer_order_name_keys_changed() returns trigger language plpgsql as $$
begin
    delete from customer_name_key k
    using old_rows o join new_rows n on n.id = o.id
    where o.customer_name is distinct from n.customer_name
      and k.shop_id = o.shop_id and k.order_id = o.id and k.search_key in (select name_search_keys(o.customer_name));
    insert into customer_name_key (shop_id, search_key, order_id)
    select n.shop_id, k, n.id
    from old_rows o join new_rows n on n.id = o.id, name_search_keys(n.customer_name) k
    where o.customer_name is distinct from n.customer_name
    on conflict do nothing;
    return null;
end $$;

create function customer_order_name_keys_removed() returns trigger language plpgsql as $$
begin
    delete from customer_name_key k
    using removed r
    where k.shop_id = r.shop_id and k.order_id = r.id and k.search_key in (select name_search_keys(r.customer_name));
    return null;
end $$;

create trigger customer_order_name_keys_added after insert on customer_order
    referencing new table as added for each statement execute function customer_order_name_keys_added();
create trigger customer_order_name_keys_changed after update on customer_order
    referencing old table as old_rows new table as new_rows for each statement execute function customer_order_name_keys_changed();
create trigger customer_order_name_keys_removed after delete on customer_order
    referencing old table as removed for each statement execute function customer_order_name_keys_removed();

alter table customer_name_key enable row level security;
alter table customer_name_key force row level security;
create policy tenant_isolation on customer_name_key
    using (shop_id = nullif(current_setting('app.tenant_id', true), '')::bigint)
    with check (shop_id = nullif(current_setting('app.tenant_id', true), '')::bigint);
create policy agency_read on customer_name_key for select to ${appRole}_agency_reader
    using ((select string_to_array(nullif(current_setting('app.tenant_ids', true), ''), ',')::bigint[]) @> array[shop_id]);
grant select, insert, delete on customer_name_key to ${appRole};
grant select on customer_name_key to ${appRole}_agency_reader;

-- The keys of the orders already there, shop by shop: the policies let even the owner write one
-- shop per transaction-local setting.
do $$
declare s bigint;
begin
    for s in select id from shop order by id loop
        perform set_config('app.tenant_id', s::text, true);
        insert into customer_name_key (shop_id, search_key, order_id)
        select o.shop_id, k, o.id from customer_order o, name_search_keys(o.customer_name) k
        on conflict do nothing;
    end loop;
    perform set_config('app.tenant_id', '', true);
end $$;

-- The name scan's covering index (V62) and the e-mail index no query can use under RLS (orders are
-- found by number; returns by e-mail through return_request.customer_email_key) only slowed writes.
drop index customer_order_search_idx;
drop index customer_order_email_idx;
