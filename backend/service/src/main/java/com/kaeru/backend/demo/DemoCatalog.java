package com.kaeru.backend.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.kaeru.api.portal.ReturnLineSubmission;
import com.kaeru.api.portal.ReturnSubmission;
import com.kaeru.backend.catalog.domain.CatalogRepository;
import com.kaeru.backend.catalog.domain.Product;
import com.kaeru.backend.catalog.domain.StockRepository;
import com.kaeru.backend.catalog.domain.Variant;
import com.kaeru.backend.orders.domain.CustomerOrder;
import com.kaeru.backend.orders.domain.OrderLine;
import com.kaeru.backend.orders.domain.OrderRepository;
import com.kaeru.backend.orders.domain.SalesChannel;
import com.kaeru.backend.platform.persistence.TenantSession;
import com.kaeru.backend.returns.application.ReturnWorkflow;
import com.kaeru.backend.returns.domain.Grade;
import com.kaeru.backend.returns.domain.ReturnLine;
import com.kaeru.backend.returns.domain.ReturnRequest;
import com.kaeru.backend.returns.domain.ReturnRequestRepository;
import com.kaeru.backend.returns.domain.ReturnStatus;
import com.kaeru.backend.tenancy.domain.Shop;
import com.kaeru.backend.tenancy.domain.ShopRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * A believable catalog per demo shop, orders spread over the last 90 days (a fixed seed, so every
 * machine gets the same data), one documented order per shop for trying the portal, and returns
 * in every state so each screen has something true to show.
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
    ReturnWorkflow workflow;
    @Inject
    TenantSession tenantSession;

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

    /** Creates catalog, stock and orders once; returns whether anything was created. */
    @Transactional
    public boolean ensureCatalogAndOrders(String slug, Instant now) {
        Shop shop = shops.findBySlug(slug).orElseThrow();
        tenantSession.bind(shop.id());
        List<Item> items = itemsOf(slug);
        if (catalog.findProduct(shop.id(), "DEMO-" + items.get(0).id()).isPresent()) {
            return false;
        }
        Random random = new Random(slug.hashCode());
        List<Variant> variants = new ArrayList<>();
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
                    stock.setLevels(shop.id(), variant.id(), soldOut ? 0 : 3 + random.nextInt(20), random.nextInt(3));
                    variants.add(variant);
                }
            }
        }
        String prefix = prefix(slug);
        // The documented demo order: delivered 5 days ago, two items, for trying exchange + refund.
        order(shop, prefix + "-10001", "山田 花子", DEMO_CUSTOMER, "090-1234-5678", now.minus(7, ChronoUnit.DAYS),
                List.of(variants.get(1), variants.get(Math.min(variants.size() - 1, items.get(0).sizes().size()
                        * items.get(0).colors().size()))), random, 0, true);
        for (int i = 2; i <= 180; i++) {
            Instant ordered = now.minus(Duration.ofMinutes(random.nextInt(90 * 24 * 60)));
            List<Variant> picked = new ArrayList<>();
            int lines = 1 + random.nextInt(3);
            for (int l = 0; l < lines; l++) {
                Variant v = variants.get(random.nextInt(variants.size()));
                if (!picked.contains(v)) {
                    picked.add(v);
                }
            }
            order(shop, prefix + "-" + (10000 + i), CUSTOMERS[random.nextInt(CUSTOMERS.length)],
                    "customer" + (i % 60) + "@example.jp", "090-0000-" + String.format("%04d", i % 60), ordered,
                    picked, random, random.nextInt(5) == 0 ? 500 : 0, random.nextInt(4) != 0);
        }
        return true;
    }

    private static final String[] CUSTOMERS = {"佐藤 美咲", "鈴木 大翔", "高橋 結衣", "田中 蓮", "伊藤 陽菜",
            "渡辺 湊", "山本 凛", "中村 悠真", "小林 さくら", "加藤 陽翔", "Emily Clark", "Lucas Martin"};

    private void order(Shop shop, String number, String name, String email, String phone, Instant ordered,
                       List<Variant> variants, Random random, long orderDiscount, boolean anyChannel) {
        CustomerOrder order = new CustomerOrder(shop.id(), number, shop.currency().getCurrencyCode());
        Instant shipped = ordered.plus(Duration.ofHours(20));
        Instant delivered = ordered.plus(Duration.ofDays(2));
        Instant now = Instant.now();
        SalesChannel channel = anyChannel ? SalesChannel.values()[random.nextInt(4)] : SalesChannel.OWN_SITE;
        order.update(number, channel, new CustomerOrder.Customer(name, email, phone, name.matches("[A-Za-z ]+") ? "en" : "ja"),
                new CustomerOrder.ShippingAddress("150-0001", "東京都", "渋谷区", "神宮前1-2-3", null), orderDiscount, 0,
                ordered, shipped.isBefore(now) ? shipped : null, delivered.isBefore(now) ? delivered : null);
        int lineNo = 1;
        for (Variant v : variants) {
            int quantity = 1 + (random.nextInt(4) == 0 ? 1 : 0);
            long discount = random.nextInt(6) == 0 ? v.priceMinor() * quantity / 10 : 0;
            order.putLine(lineNo++, v.id(), quantity, v.priceMinor(), discount, v.priceMinor() * quantity / 11);
        }
        orders.save(order);
    }

    /** Whether the shop already has returns (then the demo returns were made before). */
    @Transactional
    public boolean hasReturns(String slug, Instant now) {
        Shop shop = shops.findBySlug(slug).orElseThrow();
        tenantSession.bind(shop.id());
        return returns.count(java.util.List.of(shop.id()), com.kaeru.backend.returns.domain.ReturnFilter.ALL, now, 1) > 0;
    }

    /**
     * Order numbers suitable for a demo return: delivered in the last 25 days (approved by the
     * default policy) or not yet delivered (sent to review), first lines not final sale.
     */
    @Transactional
    public List<String> candidates(String slug, boolean delivered, Instant now) {
        Shop shop = shops.findBySlug(slug).orElseThrow();
        tenantSession.bind(shop.id());
        List<String> numbers = new ArrayList<>();
        String prefix = prefix(slug);
        for (int i = 2; i <= 180; i++) {
            orders.findByOrderNumber(shop.id(), prefix + "-" + (10000 + i)).ifPresent(order -> {
                boolean fits = delivered
                        ? order.deliveredAt() != null && order.deliveredAt().isAfter(now.minus(Duration.ofDays(25)))
                        : order.deliveredAt() == null;
                boolean finalSale = catalog.findVariant(shop.id(), order.lines().get(0).variantId())
                        .map(v -> v.product().finalSale()).orElse(true);
                if (fits && !finalSale) {
                    numbers.add(order.orderNumber());
                }
            });
        }
        return numbers;
    }

    /** One demo return, brought to {@code target} through the real workflow, in its own transaction. */
    @Transactional
    public void createReturn(String slug, String orderNumber, ReturnStatus target, int variety) {
        Shop shop = shops.findBySlug(slug).orElseThrow();
        tenantSession.bind(shop.id());
        CustomerOrder order = orders.findByOrderNumber(shop.id(), orderNumber).orElseThrow();
        OrderLine line = order.lines().get(0);
        String reason = switch (variety % 4) {
            case 0 -> "SIZE_TOO_SMALL";
            case 1 -> "COLOR_DIFFERENT";
            case 2 -> "DEFECTIVE";
            default -> "SIZE_TOO_LARGE";
        };
        ReturnSubmission submission = new ReturnSubmission(variety % 3 == 1 ? "DROP_OFF" : "PREPAID_LABEL", List.of(
                ReturnLineSubmission.refund(line.id(), 1, reason, variety % 2 == 0 ? "STORE_CREDIT" : "ORIGINAL_PAYMENT")));
        submission.dropOffPoint = variety % 3 == 1 ? "LAWSON" : null;
        ReturnRequest request = workflow.submit(shop, order, submission, "customer");
        switch (target) {
            case CANCELLED -> workflow.cancel(shop, request, "customer", "気が変わったため");
            case REJECTED -> workflow.reject(shop, request, "sakura-manager",
                    "使用の跡があるため返品をお受けできません / The item shows signs of use");
            case RECEIVED, COMPLETED -> {
                workflow.receive(shop, request, "sakura-operator");
                if (target == ReturnStatus.COMPLETED) {
                    ReturnLine returned = request.lines().get(0);
                    workflow.grade(shop, order, request, returned.id(), List.of(variety % 3 == 0 ? Grade.B : Grade.A),
                            "sakura-operator");
                }
            }
            default -> {
                // AWAITING_SHIPMENT (approved by policy) and NEEDS_REVIEW (not delivered) need no further move
            }
        }
    }

    static String prefix(String slug) {
        return switch (slug) {
            case "sakura-apparel" -> "SA";
            case "kumo-zakka" -> "KZ";
            default -> "UO";
        };
    }
}
