package com.kaeru.backend.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.kaeru.backend.catalog.domain.CatalogRepository;
import com.kaeru.backend.catalog.domain.Product;
import com.kaeru.backend.inventory.domain.StockRepository;
import com.kaeru.backend.catalog.domain.Variant;
import com.kaeru.backend.orders.domain.CustomerOrder;
import com.kaeru.backend.orders.domain.OrderRepository;
import com.kaeru.backend.orders.domain.SalesChannel;
import com.kaeru.backend.platform.persistence.TenantSession;
import com.kaeru.backend.returns.domain.ReturnRequestRepository;
import com.kaeru.backend.tenancy.domain.Shop;
import com.kaeru.backend.tenancy.domain.ShopRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * A believable catalog per demo shop, a year of orders ({@link DemoYear}; a fixed seed, so every
 * machine gets the same data) and one documented order per shop for trying the portal.
 */
@ApplicationScoped
public class DemoCatalog {
    static final String DEMO_CUSTOMER = "hanako@example.jp";

    @Inject
    ShopRepository shops;
    @Inject
    CatalogRepository catalog;
    @Inject
    StockRepository stock;
    @Inject
    OrderRepository orders;
    @Inject
    ReturnRequestRepository returns;
    @Inject
    TenantSession tenantSession;
    @jakarta.persistence.PersistenceContext(unitName = "kaeru")
    jakarta.persistence.EntityManager em;

    /** One product: names, category, sizes × colours, price. */
    record Item(String id, String ja, String en, String category, boolean finalSale, List<String> sizes,
                List<String> colors, long price) {
    }

    static List<Item> itemsOf(String shop) {
        return switch (shop) {
            case "sakura-apparel" -> List.of(
                    new Item("LINEN-SHIRT", "リネンシャツ", "Linen shirt", "tops", false, List.of("S", "M", "L", "XL"),
                            List.of("white", "navy"), 7_900),
                    new Item("DENIM", "ストレッチデニム", "Stretch denim", "bottoms", false, List.of("26", "28", "30", "32"),
                            List.of("indigo"), 9_800),
                    new Item("CARDIGAN", "ニットカーディガン", "Knit cardigan", "tops", false, List.of("S", "M", "L"),
                            List.of("beige", "grey"), 12_000),
                    new Item("DRESS", "コットンワンピース", "Cotton dress", "dresses", false, List.of("S", "M", "L"),
                            List.of("sakura", "black"), 14_500),
                    new Item("SNEAKERS", "レザースニーカー", "Leather sneakers", "shoes", false,
                            List.of("23.0", "24.0", "25.0", "26.0"), List.of("white"), 16_800),
                    new Item("SCARF", "セール最終品 シルクスカーフ", "Final-sale silk scarf", "accessories", true,
                            List.of("F"), List.of("red"), 3_900));
            case "kumo-zakka" -> List.of(
                    new Item("ARITA-MUG", "有田焼マグカップ", "Arita mug", "tableware", false, List.of("F"),
                            List.of("藍", "白"), 2_800),
                    new Item("WOOD-TRAY", "木製トレイ", "Wooden tray", "kitchen", false, List.of("S", "L"),
                            List.of("oak"), 3_600),
                    new Item("TENUGUI", "手ぬぐい", "Tenugui towel", "textiles", false, List.of("F"),
                            List.of("麻の葉", "青海波", "市松"), 1_200),
                    new Item("CANDLE", "アロマキャンドル", "Aroma candle", "home", false, List.of("F"),
                            List.of("hinoki", "yuzu"), 2_400));
            default -> List.of(
                    new Item("TREK-SHOES", "トレッキングシューズ", "Trekking shoes", "footwear", false,
                            List.of("24.5", "25.5", "26.5", "27.5"), List.of("brown"), 19_800),
                    new Item("RAIN-JACKET", "レインジャケット", "Rain jacket", "outerwear", false, List.of("S", "M", "L", "XL"),
                            List.of("olive", "orange"), 24_000),
                    new Item("BACKPACK", "バックパック 30L", "Backpack 30 L", "bags", false, List.of("F"),
                            List.of("black"), 15_400),
                    new Item("DOWN-JACKET", "ダウンジャケット", "Down jacket", "outerwear", false, List.of("M", "L"),
                            List.of("navy"), 38_000));
        };
    }

    static String sku(Item item, String size, String color) {
        return (item.id() + "-" + size + "-" + color).toUpperCase(java.util.Locale.ROOT).replace(".", "");
    }

    /** What {@link #ensureCatalogAndOrders} created: the year's plan and each SKU's stock levels. */
    record Created(List<DemoYear.Order> plan, Map<String, int[]> stockLevels) {
    }

    /**
     * Creates catalog, stock and a year of orders once; {@code null} when they exist already. An
     * order that gets a return in the plan is created as many whole days later as its return lies
     * in the past, so that the return can go through today's workflow with the policy seeing the
     * real days since delivery; {@link DemoTimeline} moves it back afterwards.
     */
    @Transactional
    public Created ensureCatalogAndOrders(String slug, Instant now) {
        Shop shop = shops.findBySlug(slug).orElseThrow();
        tenantSession.bind(shop.id());
        List<Item> items = itemsOf(slug);
        if (catalog.findProduct(shop.id(), "DEMO-" + items.get(0).id()).isPresent()) {
            return null;
        }
        Random random = new Random(slug.hashCode());
        List<Variant> variants = new ArrayList<>();
        Map<String, int[]> levels = new HashMap<>();
        for (Item item : items) {
            Product product = new Product(shop.id(), "DEMO-" + item.id());
            product.update(item.ja(), item.en(), item.category(), List.of(item.category()), item.finalSale(),
                    Product.Status.ACTIVE);
            catalog.save(product);
            for (String size : item.sizes()) {
                for (String color : item.colors()) {
                    Variant variant = new Variant(product, sku(item, size, color), shop.currency().getCurrencyCode());
                    // A few sizes are sold out with a known restock date: the portal shows them as backorder.
                    boolean soldOut = random.nextInt(7) == 0;
                    variant.update(product, size, color, item.price(), soldOut
                            ? java.time.LocalDate.ofInstant(now.plus(Duration.ofDays(10)), shop.timeZone()) : null);
                    catalog.save(variant);
                    int[] level = {soldOut ? 0 : 3 + random.nextInt(20), random.nextInt(3)};
                    stock.setLevels(shop.id(), variant.id(), level[0], level[1]);
                    levels.put(variant.sku(), level);
                    variants.add(variant);
                }
            }
        }
        Map<String, Variant> bySku = new HashMap<>();
        variants.forEach(v -> bySku.put(v.sku(), v));
        String prefix = prefix(slug);
        // The documented demo order: delivered 5 days ago, two items, for trying exchange + refund.
        Instant documented = now.minus(7, ChronoUnit.DAYS);
        List<Variant> documentedLines = List.of(variants.get(1), variants.get(Math.min(variants.size() - 1,
                items.get(0).sizes().size() * items.get(0).colors().size())));
        CustomerOrder first = order(shop, prefix + "-10001", "山田 花子", DEMO_CUSTOMER, "090-1234-5678",
                SalesChannel.OWN_SITE, 0, documented, documented.plus(Duration.ofHours(20)),
                documented.plus(Duration.ofDays(2)), now);
        int lineNo = 1;
        for (Variant v : documentedLines) {
            first.putLine(lineNo++, v.id(), 1, v.priceMinor(), 0, v.priceMinor() / 11);
        }
        orders.save(first);
        List<DemoYear.Order> plan = DemoYear.plan(slug, items, now, shop.timeZone());
        int saved = 0;
        for (DemoYear.Order planned : plan) {
            Duration shift = shift(planned, now);
            CustomerOrder order = order(shop, planned.number(), planned.customerName(), planned.email(),
                    planned.phone(), planned.channel(), planned.orderDiscountMinor(), planned.orderedAt().plus(shift),
                    planned.shippedAt().plus(shift), planned.deliveredAt().plus(shift), now);
            lineNo = 1;
            for (DemoYear.Line line : planned.lines()) {
                Variant v = bySku.get(line.sku());
                order.putLine(lineNo++, v.id(), line.quantity(), line.unitPriceMinor(), line.discountMinor(),
                        line.unitPriceMinor() * line.quantity() / 11);
            }
            orders.save(order);
            // save() flushes, and a flush looks at every managed entity: letting a year of orders pile
            // up in the persistence context made each flush slower than the last.
            if (++saved % 50 == 0) {
                em.clear();
            }
        }
        return new Created(plan, levels);
    }

    /** How much later an order with a history return is created: whole days, so local dates keep their distance. */
    static Duration shift(DemoYear.Order planned, Instant now) {
        if (planned.ret() == null) {
            return Duration.ZERO;
        }
        return Duration.ofDays(ChronoUnit.DAYS.between(planned.ret().requestedAt(), now));
    }

    private CustomerOrder order(Shop shop, String number, String name, String email, String phone,
                                SalesChannel channel, long orderDiscount, Instant ordered, Instant shipped,
                                Instant delivered, Instant now) {
        CustomerOrder order = new CustomerOrder(shop.id(), number, shop.currency().getCurrencyCode());
        order.update(number, channel, new CustomerOrder.Customer(name, email, phone, name.matches("[A-Za-z ]+") ? "en" : "ja"),
                new CustomerOrder.ShippingAddress("150-0001", "東京都", "渋谷区", "神宮前1-2-3", null), orderDiscount, 0,
                ordered, shipped.isBefore(now) ? shipped : null, delivered.isBefore(now) ? delivered : null);
        return order;
    }

    /**
     * Puts stock back where the catalog set it: a year of graded-A history returns would otherwise
     * have restocked the sizes the demo shows as sold out.
     */
    @Transactional
    public void resetStock(String slug, Map<String, int[]> levels) {
        Shop shop = shops.findBySlug(slug).orElseThrow();
        tenantSession.bind(shop.id());
        catalog.findVariantsBySku(shop.id(), levels.keySet()).forEach((sku, v) -> {
            int[] level = levels.get(sku);
            stock.setLevels(shop.id(), v.id(), level[0], level[1]);
        });
    }

    /** Whether the shop already has returns (then the demo returns were made before). */
    @Transactional
    public boolean hasReturns(String slug, Instant now) {
        Shop shop = shops.findBySlug(slug).orElseThrow();
        tenantSession.bind(shop.id());
        return returns.count(java.util.List.of(shop.id()), com.kaeru.backend.returns.domain.ReturnFilter.ALL, now, 1) > 0;
    }

    static String prefix(String slug) {
        return switch (slug) {
            case "sakura-apparel" -> "SA";
            case "kumo-zakka" -> "KZ";
            default -> "UO";
        };
    }
}
