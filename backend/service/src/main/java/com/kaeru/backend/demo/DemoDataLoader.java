package com.kaeru.backend.demo;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.logging.Logger;

import com.kaeru.backend.returns.domain.ReturnStatus;
import com.kaeru.backend.tenancy.domain.ReturnAddress;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Loads the demo data at start-up when enabled; off by default (production). */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataLoader {
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());
    private static final List<String> SHOPS = List.of("sakura-apparel", "kumo-zakka", "umi-outdoor");
    /** The states demo returns are brought to, in order. */
    private static final List<ReturnStatus> WANTED = List.of(ReturnStatus.AWAITING_SHIPMENT,
            ReturnStatus.AWAITING_SHIPMENT, ReturnStatus.RECEIVED, ReturnStatus.RECEIVED, ReturnStatus.COMPLETED,
            ReturnStatus.COMPLETED, ReturnStatus.COMPLETED, ReturnStatus.CANCELLED, ReturnStatus.NEEDS_REVIEW,
            ReturnStatus.REJECTED);

    @Inject
    @ConfigProperty(name = "kaeru.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    DemoShops demoShops;
    @Inject
    DemoCatalog demoCatalog;

    @PostConstruct
    // Lifecycle callbacks ignore the class-level attribute: without this the whole start-up
    // would run in one transaction, and one refused demo return would roll back everything.
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void load() {
        if (!enabled) {
            return;
        }
        demoShops.ensureAgency("demo-agency", "デモ運営代行株式会社");
        // Warehouses at real postal codes (the address check knows them); the buildings and phones are made up.
        demoShops.ensureShop("sakura-apparel", "さくらアパレル", "demo-agency", "ja", "#C2185B",
                new ReturnAddress("さくらアパレル 返品センター", "272-0127", "千葉県", "市川市塩浜",
                        "2-13-1 市川ロジスティクスセンター3階", "047-000-0123"));
        demoShops.ensureShop("kumo-zakka", "くも雑貨店", "demo-agency", "ja", "#455A64",
                new ReturnAddress("くも雑貨店 返品受付", "559-0034", "大阪府", "大阪市住之江区南港北",
                        "1-5-9 南港物流センターB棟", "06-0000-4567"));
        demoShops.ensureShop("umi-outdoor", "Umi Outdoor", null, "ja", "#00796B",
                new ReturnAddress("Umi Outdoor 返品センター", "061-3241", "北海道", "石狩市新港西",
                        "1-7-2 石狩湾新港倉庫", "0133-00-8910"));
        Instant now = Instant.now();
        for (String shop : SHOPS) {
            demoCatalog.ensureCatalogAndOrders(shop, now);
            if (!demoCatalog.hasReturns(shop, now)) {
                demoReturns(shop, now);
            }
        }
        LOG.info("Demo data present: demo-agency, sakura-apparel, kumo-zakka, umi-outdoor");
    }

    /** Returns in every state; a candidate the policy refuses is skipped (only its transaction rolls back). */
    private void demoReturns(String shop, Instant now) {
        Iterator<String> delivered = demoCatalog.candidates(shop, true, now).iterator();
        Iterator<String> undelivered = demoCatalog.candidates(shop, false, now).iterator();
        int variety = 0;
        for (ReturnStatus target : WANTED) {
            boolean review = target == ReturnStatus.NEEDS_REVIEW || target == ReturnStatus.REJECTED;
            Iterator<String> source = review ? undelivered : delivered;
            while (source.hasNext()) {
                String order = source.next();
                try {
                    demoCatalog.createReturn(shop, order, target, variety++);
                    break;
                } catch (RuntimeException refused) {
                    LOG.fine(() -> "Demo return from " + order + " skipped: " + refused.getMessage());
                }
            }
        }
    }
}
