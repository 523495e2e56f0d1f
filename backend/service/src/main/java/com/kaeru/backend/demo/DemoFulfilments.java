package com.kaeru.backend.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.kaeru.api.inventory.PurchaseOrderRequest;
import com.kaeru.api.inventory.SkuQuantity;
import com.kaeru.api.portal.ReturnLineSubmission;
import com.kaeru.api.portal.ReturnSubmission;
import com.kaeru.api.returns.ShipmentRecord;
import com.kaeru.api.vocabulary.ReturnMethod;
import com.kaeru.backend.catalog.domain.CatalogRepository;
import com.kaeru.backend.catalog.domain.Product;
import com.kaeru.backend.catalog.domain.Variant;
import com.kaeru.backend.inventory.domain.StockRepository;
import com.kaeru.backend.orders.domain.CustomerOrder;
import com.kaeru.backend.orders.domain.OrderRepository;
import com.kaeru.backend.orders.domain.SalesChannel;
import com.kaeru.backend.platform.persistence.TenantSession;
import com.kaeru.backend.returns.application.ApproveReturn;
import com.kaeru.backend.returns.application.FulfilmentService;
import com.kaeru.backend.returns.application.GradeReturn;
import com.kaeru.backend.returns.application.ReceiveReturn;
import com.kaeru.backend.returns.application.SubmitReturn;
import com.kaeru.backend.returns.domain.Grade;
import com.kaeru.backend.returns.domain.ReturnRequest;
import com.kaeru.backend.returns.domain.ReturnRequestRepository;
import com.kaeru.backend.returns.domain.ReturnStatus;
import com.kaeru.backend.tenancy.domain.Shop;
import com.kaeru.backend.tenancy.domain.ShopRepository;
import com.kaeru.backend.warehouse.application.PurchaseOrderService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Exchanges in the fulfilment states the console's Shipments &amp; backorders, the Inventory
 * screen's Incoming tab and the portal's backorder panel show, made through the real use cases for
 * one demo shop: a hoodie whose size M is sold out, and three customers who exchanged their S —
 * one for M (backordered, then a confirmed purchase order gives the date), two for L (one waiting
 * for the warehouse's shipping instruction, one shipped with a tracking number). Its own product and
 * order numbers ({@code SA-B0001}…), so the year of demo returns and its checks are untouched.
 */
@ApplicationScoped
public class DemoFulfilments {
    static final String SHOP = "sakura-apparel";
    static final String PRODUCT = "DEMO-BACKORDER-HOODIE";
    static final String CARRIER = "ヤマト運輸";
    static final String TRACKING = "4901-2345-6789";

    @Inject
    ShopRepository shops;
    @Inject
    TenantSession tenantSession;
    @Inject
    CatalogRepository catalog;
    @Inject
    StockRepository stock;
    @Inject
    OrderRepository orders;
    @Inject
    ReturnRequestRepository returns;
    @Inject
    SubmitReturn submission;
    @Inject
    ApproveReturn approval;
    @Inject
    ReceiveReturn receipt;
    @Inject
    GradeReturn grading;
    @Inject
    FulfilmentService fulfilment;
    @Inject
    PurchaseOrderService purchaseOrders;
    /** This bean through its proxy: each step below is a transaction of its own. */
    @Inject
    DemoFulfilments self;

    /** Once per database (the hoodie is the marker): the three exchanges and the purchase order. */
    public void ensure(String slug, String operator, String manager, Instant now) {
        if (!SHOP.equals(slug) || !self.catalogue(slug, now)) {
            return;
        }
        String prefix = DemoCatalog.prefix(slug);
        String waiting = self.exchange(slug, prefix + "-B0001", "佐藤 美咲", "misaki@example.jp", "M", manager, now);
        // The supplier confirms: the waiting customer gets the second notice with the dates.
        self.placeOrder(slug, manager, now);
        self.exchange(slug, prefix + "-B0002", "高橋 健", "ken@example.jp", "L", manager, now);
        self.inspect(slug, prefix + "-B0002", operator);
        self.exchange(slug, prefix + "-B0003", "Emily Carter", "emily@example.com", "L", manager, now);
        self.inspect(slug, prefix + "-B0003", operator);
        self.ship(slug, prefix + "-B0003", operator);
        java.util.logging.Logger.getLogger(DemoFulfilments.class.getName())
                .fine(() -> slug + ": demo exchanges made, " + waiting + " waits for a confirmed restock");
    }

    private Shop enter(String slug) {
        Shop shop = shops.findBySlug(slug).orElseThrow();
        tenantSession.bind(shop.id());
        return shop;
    }

    /** The hoodie in S, M (sold out, restock date in 10 days) and L, and three orders of one S; false if present. */
    @Transactional
    public boolean catalogue(String slug, Instant now) {
        Shop shop = enter(slug);
        if (catalog.findProduct(shop.id(), PRODUCT).isPresent()) {
            return false;
        }
        Product product = new Product(shop.id(), PRODUCT);
        product.update("裏起毛ジップパーカー", "Fleece zip hoodie", "tops", List.of("tops"), false, Product.Status.ACTIVE);
        catalog.save(product);
        LocalDate restock = LocalDate.ofInstant(now.plus(Duration.ofDays(10)), shop.timeZone());
        for (String size : List.of("S", "M", "L")) {
            Variant v = new Variant(product, sku(slug, size), shop.currency().getCurrencyCode());
            v.update(product, size, "グレー", 6800, "M".equals(size) ? restock : null);
            catalog.save(v);
            stock.setLevels(shop.id(), v.id(), "M".equals(size) ? 0 : 6, 0);
        }
        return true;
    }

    static String sku(String slug, String size) {
        return DemoCatalog.prefix(slug) + "-HOODIE-GRY-" + size;
    }

    /** The customer bought an S (delivered three days ago) and exchanges it for {@code size}; returns the RMA. */
    @Transactional
    public String exchange(String slug, String number, String name, String email, String size, String manager,
                           Instant now) {
        Shop shop = enter(slug);
        Variant s = catalog.findVariantsBySku(shop.id(), List.of(sku(slug, "S"))).get(sku(slug, "S"));
        CustomerOrder order = new CustomerOrder(shop.id(), number, shop.currency().getCurrencyCode());
        order.update(number, SalesChannel.OWN_SITE, new CustomerOrder.Customer(name, email, "090-0000-0000",
                        name.matches("[A-Za-z ]+") ? "en" : "ja"),
                new CustomerOrder.ShippingAddress("150-0001", "東京都", "渋谷区", "神宮前1-2-3", null), 0, 0,
                now.minus(Duration.ofDays(6)), now.minus(Duration.ofDays(5)), now.minus(Duration.ofDays(3)));
        order.putLine(1, s.id(), 1, s.priceMinor(), 0, s.priceMinor() / 11);
        orders.save(order);
        order = orders.findByOrderNumber(shop.id(), number).orElseThrow();
        long orderLine = order.lines().get(0).id();
        ReturnRequest request = submission.submit(shop, order, new ReturnSubmission(ReturnMethod.PREPAID_LABEL,
                List.of(ReturnLineSubmission.exchange(orderLine, 1, "SIZE_TOO_SMALL", sku(slug, size)))), "customer");
        if (request.status() == ReturnStatus.NEEDS_REVIEW) {
            approval.approve(shop, request, manager, "サイズ交換を承認しました");
        }
        return request.rmaNumber();
    }

    /** A purchase order for the sold-out size, confirmed by the supplier for six days from now. */
    @Transactional
    public void placeOrder(String slug, String manager, Instant now) {
        Shop shop = enter(slug);
        PurchaseOrderRequest request = new PurchaseOrderRequest("東京ニット工業", null,
                LocalDate.ofInstant(now.plus(Duration.ofDays(6)), shop.timeZone()), true, "パーカー M 追加生産",
                List.of(new SkuQuantity(sku(slug, "M"), 4)));
        purchaseOrders.place(shop, request, manager);
    }

    /** The parcel arrived and the unit was graded A: the replacement's shipping instruction goes out. */
    @Transactional
    public void inspect(String slug, String orderNumber, String operator) {
        Shop shop = enter(slug);
        ReturnRequest request = byOrder(shop, orderNumber);
        receipt.receive(shop, request, operator);
        CustomerOrder order = orders.findById(shop.id(), request.orderId()).orElseThrow();
        grading.grade(shop, order, request, request.lines().get(0).id(), List.of(Grade.A), operator);
    }

    /** The warehouse handed the replacement to the carrier. */
    @Transactional
    public void ship(String slug, String orderNumber, String operator) {
        Shop shop = enter(slug);
        ReturnRequest request = byOrder(shop, orderNumber);
        fulfilment.ship(shop, request.rmaNumber(), request.lines().get(0).id(), new ShipmentRecord(CARRIER, TRACKING),
                operator);
    }

    private ReturnRequest byOrder(Shop shop, String orderNumber) {
        CustomerOrder order = orders.findByOrderNumber(shop.id(), orderNumber).orElseThrow();
        return returns.findByOrder(shop.id(), order.id()).get(0);
    }
}
