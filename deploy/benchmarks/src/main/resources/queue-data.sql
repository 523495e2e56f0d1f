-- Generates the returns-queue benchmark data set: bench agencies, bench shops, catalogs, orders,
-- order lines, return requests and return lines, spread like a real returns business.
-- Run by com.kaeru.bench.QueueData (which first fills bench_params and deletes earlier bench rows).
-- Needs a role that bypasses row-level security (superuser or BYPASSRLS): the tables FORCE RLS,
-- so even their owner could only write one shop per transaction. Every row still carries the
-- right shop_id and satisfies every constraint of the schema.
--
-- Shape (see deploy/benchmarks/README.md):
--   * shop sizes follow a Zipf law (s = 1): bench-0001 holds ~13 % of all returns, the median shop
--     a few hundred; shop n belongs to agency bench-agency-((n-1) mod agencies + 1);
--   * created_at over the last two years, more recent days denser (a growing business); rows are
--     written in created_at order across shops, so a shop's rows are scattered over the table as
--     they are in production, not clustered;
--   * older returns are closed (completed, some cancelled/rejected); the last three weeks hold
--     every open state; received returns get a 24 h refund deadline, some of them overdue;
--   * one order per return with 1–3 lines, a quarter of the returns take two lines back;
--   * reasons, resolutions, refund methods and return methods in fixed proportions.
-- random() is seeded, so a given size always produces the same data.

select setseed((select seed from bench_params));

-- Agencies and shops -----------------------------------------------------------------------------
insert into agency (slug, name)
select format('bench-agency-%s', lpad(a::text, 2, '0')), format('ベンチ運営代行 %s', a)
from generate_series(1, (select agencies from bench_params)) a;

create temp table bench_shop as
select n,
       format('bench-%s', lpad(n::text, 4, '0')) as slug,
       nextval(pg_get_serial_sequence('shop', 'id')) as id,
       format('bench-agency-%s', lpad((((n - 1) % (select agencies from bench_params)) + 1)::text, 2, '0')) as agency,
       (1.0 / n) as weight
from generate_series(1, (select shops from bench_params)) n;

-- Integer sizes that add up to exactly the requested total: floor of the share, then the
-- remainder one each to the largest shops.
alter table bench_shop add column returns integer;
update bench_shop set returns = floor((select returns from bench_params) * weight / (select sum(weight) from bench_shop));
update bench_shop set returns = returns + 1
where n <= (select returns from bench_params) - (select sum(returns) from bench_shop);
delete from bench_shop where returns = 0 and n > 1;

insert into shop (id, slug, name, agency_id, default_language, languages, time_zone, currency, brand_color)
select b.id, b.slug, format('ベンチショップ %s', b.n), a.id, 'ja', 'ja,en', 'Asia/Tokyo', 'JPY',
       format('#%s', lpad(to_hex((b.n * 2654435761) % 16777216), 6, '0'))
from bench_shop b join agency a on a.slug = b.agency;

-- The default reason tree (DefaultReturnReasons), parents first for the foreign key.
insert into return_reason (shop_id, code, parent_code, label_ja, label_en, position)
select b.id, r.code, r.parent, r.ja, r.en, r.pos
from bench_shop b cross join (values
    ('SIZE', null, 'サイズが合わない', 'Size did not fit', 10),
    ('NOT_AS_PICTURED', null, 'イメージと違う', 'Not as pictured', 20),
    ('DEFECTIVE', null, '不良・破損', 'Defective or damaged', 30),
    ('WRONG_ITEM', null, '注文と違う商品が届いた', 'Wrong item delivered', 40),
    ('CHANGED_MIND', null, '不要になった', 'No longer needed', 50),
    ('OTHER', null, 'その他', 'Other', 90)) r(code, parent, ja, en, pos);
insert into return_reason (shop_id, code, parent_code, label_ja, label_en, position)
select b.id, r.code, r.parent, r.ja, r.en, r.pos
from bench_shop b cross join (values
    ('SIZE_TOO_SMALL', 'SIZE', '小さすぎる', 'Too small', 11),
    ('SIZE_TOO_LARGE', 'SIZE', '大きすぎる', 'Too large', 12),
    ('COLOR_DIFFERENT', 'NOT_AS_PICTURED', '色がイメージと違う', 'Colour differs from the picture', 21),
    ('MATERIAL_DIFFERENT', 'NOT_AS_PICTURED', '素材・質感がイメージと違う', 'Material or feel differs', 22)) r(code, parent, ja, en, pos);

-- Catalog: 20 products x 5 sizes per shop, ids reserved up front so variants are contiguous per shop.
create temp table bench_product as
select b.id as shop_id, b.n, p, nextval(pg_get_serial_sequence('product', 'id')) as id
from bench_shop b cross join generate_series(0, 19) p;
insert into product (id, shop_id, external_id, name_ja, name_en, category, tags)
select id, shop_id, format('P%s', lpad(p::text, 3, '0')),
       (array['リネンシャツ', 'デニムパンツ', 'ニットカーディガン', 'スニーカー', 'トートバッグ'])[p % 5 + 1] || ' ' || p,
       (array['Linen shirt', 'Denim trousers', 'Knit cardigan', 'Sneakers', 'Tote bag'])[p % 5 + 1] || ' ' || p,
       (array['tops', 'bottoms', 'knitwear', 'shoes', 'bags'])[p % 5 + 1], ''
from bench_product;

create temp table bench_variant as
select bp.shop_id, bp.n, bp.p * 5 + v as k, nextval(pg_get_serial_sequence('variant', 'id')) as id, bp.id as product_id,
       (array['XS', 'S', 'M', 'L', 'XL'])[v + 1] as size, 2900 + (bp.p % 10) * 1500 as price
from bench_product bp cross join generate_series(0, 4) v;
create index on bench_variant (shop_id, k);
insert into variant (id, shop_id, product_id, sku, size, color, price_minor, currency)
select id, shop_id, product_id, format('SKU-%s-%s', lpad(k::text, 3, '0'), size), size, 'NAVY', price, 'JPY'
from bench_variant;
-- Stock is a ledger since V95: an opening-balance movement per variant at the shop's default
-- location (created by the shop insert's trigger). The movement's trigger writes the level as the
-- schema owner, whose policies need the shop bound, hence one shop at a time.
do $$
declare s bigint;
begin
    for s in select distinct shop_id from bench_variant order by 1 loop
        perform set_config('app.tenant_id', s::text, true);
        insert into stock_movement (shop_id, location_id, variant_id, cause, actor, sellable_delta, outlet_delta)
        select v.shop_id, loc.id, v.id, 'OPENING_BALANCE', 'system', 20 + (v.k % 7) * 5, v.k % 3
        from bench_variant v join stock_location loc on loc.shop_id = v.shop_id and loc.is_default
        where v.shop_id = s;
    end loop;
    perform set_config('app.tenant_id', '', true);
end $$;

-- Returns, staged with every random choice made once ------------------------------------------------
create temp table gen as
select b.id as shop_id, b.n as shop_n, i,
       now() - (730 * power(random(), 1.7)) * interval '1 day' as created_at,
       random() as r_status, random() as r_method, random() as r_reason, random() as r_resolution,
       random() as r_refund, random() as r_lines, random() as r_name, random() as r_given, random() as r_cust,
       random() as r_variant, random() as r_late, random() as r_case, random() as r_days
from bench_shop b cross join lateral generate_series(1, b.returns) i;

alter table gen add column seq integer, add column status varchar(30), add column age_days double precision,
    add column order_id bigint, add column return_id bigint;
update gen set seq = s.seq
from (select shop_id, i, row_number() over (partition by shop_id order by created_at, i) as seq from gen) s
where gen.shop_id = s.shop_id and gen.i = s.i;
update gen set age_days = extract(epoch from now() - created_at) / 86400,
               order_id = nextval(pg_get_serial_sequence('customer_order', 'id')),
               return_id = nextval(pg_get_serial_sequence('return_request', 'id'));
-- Open states only in the last three weeks; older requests are closed.
update gen set status = case
    when age_days > 21 then case when r_status < 0.86 then 'COMPLETED' when r_status < 0.93 then 'CANCELLED' else 'REJECTED' end
    when age_days < 1 then case when r_status < 0.55 then 'APPROVED' when r_status < 0.75 then 'AWAITING_SHIPMENT'
                                when r_status < 0.90 then 'NEEDS_REVIEW' when r_status < 0.95 then 'REQUESTED' else 'CANCELLED' end
    when age_days < 4 then case when r_status < 0.15 then 'APPROVED' when r_status < 0.45 then 'AWAITING_SHIPMENT'
                                when r_status < 0.70 then 'IN_TRANSIT' when r_status < 0.80 then 'NEEDS_REVIEW'
                                when r_status < 0.88 then 'RECEIVED' when r_status < 0.94 then 'COMPLETED'
                                when r_status < 0.97 then 'REJECTED' else 'CANCELLED' end
    else case when r_status < 0.08 then 'AWAITING_SHIPMENT' when r_status < 0.16 then 'IN_TRANSIT'
              when r_status < 0.26 then 'RECEIVED' when r_status < 0.31 then 'INSPECTED' when r_status < 0.35 then 'NEEDS_REVIEW'
              when r_status < 0.88 then 'COMPLETED' when r_status < 0.94 then 'REJECTED' else 'CANCELLED' end
    end;
create index on gen (return_id);

-- Customers: Japanese names, e-mails from the romanised name; repeat customers within a shop.
create temp table bench_surname (k int, kanji text, roma text);
insert into bench_surname select row_number() over () - 1, kanji, roma from (values
    ('佐藤', 'sato'), ('鈴木', 'suzuki'), ('高橋', 'takahashi'), ('田中', 'tanaka'), ('伊藤', 'ito'), ('渡辺', 'watanabe'),
    ('山本', 'yamamoto'), ('中村', 'nakamura'), ('小林', 'kobayashi'), ('加藤', 'kato'), ('吉田', 'yoshida'),
    ('山田', 'yamada'), ('佐々木', 'sasaki'), ('山口', 'yamaguchi'), ('松本', 'matsumoto'), ('井上', 'inoue'),
    ('木村', 'kimura'), ('林', 'hayashi'), ('斎藤', 'saito'), ('清水', 'shimizu'), ('山崎', 'yamazaki'), ('森', 'mori'),
    ('池田', 'ikeda'), ('橋本', 'hashimoto'), ('阿部', 'abe'), ('石川', 'ishikawa'), ('山下', 'yamashita'),
    ('中島', 'nakajima'), ('石井', 'ishii'), ('小川', 'ogawa'), ('前田', 'maeda'), ('岡田', 'okada'), ('長谷川', 'hasegawa'),
    ('藤田', 'fujita'), ('後藤', 'goto'), ('近藤', 'kondo'), ('村上', 'murakami'), ('遠藤', 'endo'), ('青木', 'aoki'),
    ('坂本', 'sakamoto')) s(kanji, roma);
create temp table bench_given (k int, kanji text, roma text);
insert into bench_given select row_number() over () - 1, kanji, roma from (values
    ('花子', 'hanako'), ('太郎', 'taro'), ('陽菜', 'hina'), ('結衣', 'yui'), ('蓮', 'ren'), ('大翔', 'hiroto'),
    ('美咲', 'misaki'), ('翔太', 'shota'), ('さくら', 'sakura'), ('健太', 'kenta'), ('愛', 'ai'), ('拓海', 'takumi'),
    ('葵', 'aoi'), ('悠真', 'yuma'), ('七海', 'nanami'), ('大輔', 'daisuke'), ('由美', 'yumi'), ('誠', 'makoto'),
    ('恵子', 'keiko'), ('直樹', 'naoki'), ('真由美', 'mayumi'), ('亮', 'ryo'), ('彩', 'aya'), ('和也', 'kazuya'),
    ('千尋', 'chihiro'), ('雄一', 'yuichi'), ('麻衣', 'mai'), ('浩二', 'koji'), ('優子', 'yuko'), ('修', 'osamu')) g(kanji, roma);

create temp table gen_customer as
select g.return_id, g.shop_id,
       s.kanji || ' ' || gv.kanji as name,
       -- about one customer in ten writes the address with capitals; staff search it in lower case
       case when g.r_case < 0.1 then initcap(gv.roma) || '.' || initcap(s.roma) else gv.roma || '.' || s.roma end
           || (floor(g.r_cust * greatest(1, bs.returns / 3)))::int || '@' ||
           (array['example.jp', 'example.com', 'mail.example.ne.jp'])[1 + (g.i % 3)] as email
from gen g
join bench_shop bs on bs.id = g.shop_id
join bench_surname s on s.k = floor(power(g.r_name, 1.8) * 40)::int
join bench_given gv on gv.k = floor(g.r_given * 30)::int;
create index on gen_customer (return_id);

-- Orders (one per return), written in time order like everything below.
insert into customer_order (id, shop_id, external_id, order_number, channel, customer_name, customer_email,
                            customer_language, postal_code, prefecture, city, address_line1, currency,
                            ordered_at, shipped_at, delivered_at, updated_at)
select g.order_id, g.shop_id, format('GEN-%s', g.seq), format('B%s-%s', lpad(g.shop_n::text, 4, '0'), 100000 + g.seq),
       (array['OWN_SITE', 'RAKUTEN', 'AMAZON', 'SHOPIFY', 'OTHER'])[1 + floor(g.r_days * 5)::int],
       c.name, c.email, case when g.r_case > 0.95 then 'en' else 'ja' end,
       '272-0021', '千葉県', '市川市', '八幡1-2-3', 'JPY',
       g.created_at - (4 + floor(g.r_days * 20)) * interval '1 day',
       g.created_at - (3 + floor(g.r_days * 20)) * interval '1 day',
       g.created_at - (1 + floor(g.r_days * 20)) * interval '1 day',
       g.created_at
from gen g join gen_customer c on c.return_id = g.return_id
order by g.created_at;

-- Order lines: 1–3 per order; two when the return takes two lines back.
create temp table gen_order_line as
select g.order_id, g.return_id, g.shop_id, l as line_no, nextval(pg_get_serial_sequence('order_line', 'id')) as id,
       v.id as variant_id, v.price, v.k, g.created_at
from gen g
cross join lateral generate_series(1, greatest(case when g.r_lines < 0.25 then 2 else 1 end,
                                               1 + floor(g.r_variant * 3)::int)) l
join bench_variant v on v.shop_id = g.shop_id and v.k = (floor(g.r_variant * 100)::int + l * 37) % 100;
insert into order_line (id, shop_id, order_id, line_no, variant_id, quantity, unit_price_minor, tax_minor)
select id, shop_id, order_id, line_no, variant_id, case when line_no = 1 then 2 else 1 end, price, price / 11
from gen_order_line order by created_at, line_no;

insert into return_request (id, shop_id, rma_number, order_id, status, customer_email, customer_language, return_method,
                            needs_backorder, created_at, updated_at, received_at, refund_due_at, completed_at,
                            pickup_date, pickup_slot, drop_off_point, address_name, address_postal_code,
                            address_prefecture, address_city, address_line1)
select g.return_id, g.shop_id, format('R-%s', lpad(g.seq::text, 6, '0')), g.order_id, g.status, c.email,
       case when g.r_case > 0.95 then 'en' else 'ja' end, m.method,
       g.r_resolution < 0.012, g.created_at, least(now(), g.created_at + 6 * interval '1 day'),
       t.received_at, t.received_at + interval '24 hours',
       case when g.status = 'COMPLETED' then least(now(), t.received_at + case when g.r_late < 0.08 then interval '40 hours'
                                                                               else interval '5 hours' end) end,
       case when m.method = 'PICKUP' then (g.created_at + interval '2 days')::date end,
       case when m.method = 'PICKUP' then (array['MORNING', 'T14_16', 'T16_18', 'T18_20', 'T19_21'])[1 + floor(g.r_late * 5)::int] end,
       case when m.method = 'DROP_OFF' then (array['SEVEN_ELEVEN', 'FAMILYMART', 'LAWSON', 'CARRIER_OFFICE'])[1 + floor(g.r_late * 4)::int] end,
       case when m.method = 'PICKUP' then c.name end, case when m.method = 'PICKUP' then '272-0021' end,
       case when m.method = 'PICKUP' then '千葉県' end, case when m.method = 'PICKUP' then '市川市' end,
       case when m.method = 'PICKUP' then '八幡1-2-3' end
from gen g
join gen_customer c on c.return_id = g.return_id
cross join lateral (select case when g.r_method < 0.55 then 'PREPAID_LABEL' when g.r_method < 0.85 then 'DROP_OFF'
                                else 'PICKUP' end as method) m
cross join lateral (select case when g.status in ('RECEIVED', 'INSPECTED', 'COMPLETED')
                                then least(now() - interval '1 minute',
                                           g.created_at + (1 + g.r_late * least(g.age_days - 0.1, 6)) * interval '1 day') end
                           as received_at) t
order by g.created_at;

-- Return lines: the first order line always, the second for a quarter of the returns.
insert into return_line (shop_id, return_id, order_line_id, quantity, reason_code, resolution, refund_method,
                         exchange_variant_id, reserved, backorder, policy_outcome, policy_rule, refund_amount_minor,
                         grade_a, grade_b, grade_c)
select ol.shop_id, ol.return_id, ol.id, q.quantity, r.reason, x.resolution,
       case when x.resolution = 'REFUND' then case when g.r_refund < 0.6 then 'ORIGINAL_PAYMENT'
                                                    when g.r_refund < 0.9 then 'STORE_CREDIT' else 'GIFT_CODE' end end,
       case when x.resolution = 'EXCHANGE' then (select v.id from bench_variant v
                                                  where v.shop_id = ol.shop_id and v.k = (ol.k / 5) * 5 + (ol.k + 1) % 5) end,
       x.resolution = 'EXCHANGE' and g.status not in ('COMPLETED', 'CANCELLED', 'REJECTED'),
       x.resolution = 'EXCHANGE' and g.r_resolution < 0.012,
       case when g.status = 'NEEDS_REVIEW' then 'NEEDS_REVIEW' when g.status = 'REJECTED' then 'REJECT' else 'AUTO_APPROVE' end,
       'default',
       case when x.resolution = 'REFUND' then ol.price * q.quantity else 0 end,
       case when g.status in ('INSPECTED', 'COMPLETED') and g.r_late < 0.85 then q.quantity else 0 end,
       case when g.status in ('INSPECTED', 'COMPLETED') and g.r_late >= 0.85 and g.r_late < 0.95 then q.quantity else 0 end,
       case when g.status in ('INSPECTED', 'COMPLETED') and g.r_late >= 0.95 then q.quantity else 0 end
from gen_order_line ol
join gen g on g.return_id = ol.return_id
cross join lateral (select case when ol.line_no = 1 and g.r_lines > 0.9 then 2 else 1 end as quantity) q
cross join lateral (select (g.r_reason + ol.line_no * 0.37) - floor(g.r_reason + ol.line_no * 0.37) as x) rr
cross join lateral (select case
        when rr.x < 0.22 then 'SIZE_TOO_SMALL'
        when rr.x < 0.40 then 'SIZE_TOO_LARGE'
        when rr.x < 0.50 then 'COLOR_DIFFERENT'
        when rr.x < 0.58 then 'MATERIAL_DIFFERENT'
        when rr.x < 0.65 then 'DEFECTIVE'
        when rr.x < 0.68 then 'WRONG_ITEM'
        when rr.x < 0.93 then 'CHANGED_MIND'
        else 'OTHER' end as reason) r
cross join lateral (select case when r.reason like 'SIZE%' and g.r_resolution < 0.7 then 'EXCHANGE'
                                when g.r_resolution < 0.12 then 'EXCHANGE' else 'REFUND' end as resolution) x
where ol.line_no = 1 or (ol.line_no = 2 and g.r_lines < 0.25)
order by ol.created_at, ol.line_no;

-- New requests in a bench shop continue after the generated RMA numbers (each shop's sequence, V83).
select setval(format('rma_seq_%s', shop_id)::regclass, max(seq)) from gen group by shop_id;
