package com.kaeru.backend.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.logging.Logger;

import com.kaeru.backend.returns.domain.Grade;
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

/**
 * Loads the demo data at start-up when enabled; off by default (production). A fresh database gets
 * a year of orders and returns per shop ({@link DemoYear}) made through the real workflow and then
 * put at their planned times ({@link DemoTimeline}), plus returns in every state from the last days.
 */
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
    DemoRatings demoRatings;
    @Inject
    @ConfigProperty(name = "kaeru.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    DemoShops demoShops;
    @Inject
    DemoCatalog demoCatalog;
    @Inject
    DemoReturns demoReturns;
    @Inject
    DemoTimeline timeline;
    @Inject
    DemoFulfilments demoFulfilments;
    @Inject
    com.kaeru.backend.insights.application.InsightsProjection projection;
    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

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
        // Whole seconds: the planned times derived from it are stored exactly (DemoDataIT compares them).
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        long started = System.nanoTime();
        int made = 0;
        // The shops are independent (own rows, own sequences, own tenant binding per transaction):
        // loading them side by side keeps both cores busy (the JVM and PostgreSQL take turns per shop).
        List<java.util.concurrent.Future<Integer>> loads = new ArrayList<>();
        for (String shop : SHOPS) {
            loads.add(executor.submit(() -> loadShop(shop, now)));
        }
        for (java.util.concurrent.Future<Integer> load : loads) {
            try {
                made += load.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("Demo data could not be loaded", e.getCause());
            }
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        int returnsMade = made;
        LOG.info(() -> "Demo data present: demo-agency, sakura-apparel, kumo-zakka, umi-outdoor"
                + (returnsMade > 0 ? " (" + returnsMade + " returns over 12 months made in " + ms + " ms)" : ""));
    }

    /** One shop's catalog, year and current returns; returns how many returns were made. */
    private int loadShop(String shop, Instant now) {
        int made = 0;
        long t0 = System.nanoTime();
        DemoCatalog.Created created = demoCatalog.ensureCatalogAndOrders(shop, now);
        if (created != null && !demoCatalog.hasReturns(shop, now)) {
            long t1 = System.nanoTime();
            List<DemoTimeline.Retime> retimes = new ArrayList<>();
            history(shop, created.plan(), retimes);
            long t2 = System.nanoTime();
            current(shop, created.plan(), now, retimes);
            long t3 = System.nanoTime();
            try {
                timeline.apply(shop, retimes);
            } catch (IllegalStateException e) {
                // E.g. no schema owner's credentials: the returns stay, dated at load time.
                LOG.log(java.util.logging.Level.WARNING, "Demo returns of " + shop + " keep their load time", e);
            }
            demoCatalog.resetStock(shop, created.stockLevels());
            demoFulfilments.ensure(shop, operator(shop), manager(shop), now);
            demoRatings.rate(shop);
            long t4 = System.nanoTime();
            made += retimes.size();
            projection.rebuild(shop);
            LOG.info(() -> shop + ": " + (created.plan().size() + 1) + " orders in " + (t1 - t0) / 1_000_000 + " ms, "
                    + (retimes.size()) + " returns: history " + (t2 - t1) / 1_000_000 + " ms, current "
                    + (t3 - t2) / 1_000_000 + " ms, re-timed in " + (t4 - t3) / 1_000_000 + " ms");
        }
        return made;
    }

    private static String operator(String shop) {
        return DemoCatalog.prefix(shop).equals("SA") ? "sakura-operator"
                : DemoCatalog.prefix(shop).equals("KZ") ? "kumo-operator" : "umi-operator";
    }

    private static String manager(String shop) {
        return DemoCatalog.prefix(shop).equals("SA") ? "sakura-manager"
                : DemoCatalog.prefix(shop).equals("KZ") ? "mixed-staff" : "umi-manager";
    }

    /** The year's returns in the order they were asked for, quietly (no e-mails); a refused one is skipped. */
    private void history(String shop, List<DemoYear.Order> plan, List<DemoTimeline.Retime> retimes) {
        List<DemoYear.Order> returned = plan.stream().filter(o -> o.ret() != null)
                .sorted(Comparator.comparing(o -> o.ret().requestedAt())).toList();
        Instant now = Instant.now();
        for (DemoYear.Order order : returned) {
            try {
                retimes.add(demoReturns.history(shop, order, operator(shop), manager(shop), DemoCatalog.shift(order, now)));
            } catch (RuntimeException refused) {
                LOG.fine(() -> "Demo history return of " + order.number() + " skipped: " + refused.getMessage());
            }
        }
    }

    /** Markers and planned times of one return's moves. */
    private static final class Moves {
        String rma;
        final List<Instant> markers = new ArrayList<>();
        final List<Instant> targets = new ArrayList<>();

        void next(Instant target) {
            add(Instant.now(), target);
        }

        void add(Instant marker, Instant target) {
            markers.add(marker);
            targets.add(target);
        }

        /** The last move happened at another time than planned. */
        void retarget(Instant target) {
            targets.set(targets.size() - 1, target);
        }

        /** The last move did not happen. */
        void undo() {
            markers.remove(markers.size() - 1);
            targets.remove(targets.size() - 1);
        }

        void into(List<DemoTimeline.Retime> retimes, Duration orderShift) {
            if (rma != null && !markers.isEmpty()) {
                retimes.add(new DemoTimeline.Retime(rma, orderShift, markers, targets));
            }
        }
    }

    /**
     * Returns in every state, asked for in the last days (the documented states of the README):
     * one received a day and a half ago is overdue; in umi-outdoor a completed one waits for a
     * manager's approval of a refund above the limit.
     */
    private void current(String shop, List<DemoYear.Order> plan, Instant now, List<DemoTimeline.Retime> retimes) {
        List<DemoYear.Order> fresh = plan.stream().filter(o -> o.ret() == null && !o.finalSaleFirst()).toList();
        // Delivered at least a day ago, so each can have been asked for, received and refunded since.
        List<DemoYear.Order> delivered = new ArrayList<>(fresh.stream()
                .filter(o -> o.deliveredAt().isBefore(now.minus(Duration.ofDays(1)))
                        && o.deliveredAt().isAfter(now.minus(Duration.ofDays(25)))).toList());
        // The longest delivered first: each was asked for in the last days (so one received a day and
        // a half ago can be overdue). The first completed one is expensive where the shop sells above
        // the approval limit, so its refund waits for a manager.
        delivered.sort(Comparator.comparing(DemoYear.Order::deliveredAt));
        delivered.stream().filter(o -> o.lines().get(0).unitPriceMinor() > 30_000).findFirst().ifPresent(expensive -> {
            delivered.remove(expensive);
            delivered.add(Math.min(4, delivered.size()), expensive);
        });
        Iterator<DemoYear.Order> deliveredOnes = delivered.iterator();
        Iterator<DemoYear.Order> undelivered = fresh.stream().filter(o -> !o.deliveredAt().isBefore(now)).iterator();
        int variety = 0;
        boolean overdueShown = false;
        for (ReturnStatus target : WANTED) {
            boolean review = target == ReturnStatus.NEEDS_REVIEW || target == ReturnStatus.REJECTED;
            Iterator<DemoYear.Order> source = review ? undelivered : deliveredOnes;
            while (source.hasNext()) {
                DemoYear.Order order = source.next();
                // Asked for 1 to 5 days ago, never before the parcel arrived.
                Instant requested = review ? now.minus(Duration.ofHours(5))
                        : latest(order.deliveredAt().plus(Duration.ofHours(1)),
                        now.minus(Duration.ofHours(26 + 24L * (variety % 5))));
                Moves moves = new Moves();
                try {
                    int v = variety++;
                    String reason = switch (v % 4) {
                        case 0 -> "SIZE_TOO_SMALL";
                        case 1 -> "COLOR_DIFFERENT";
                        case 2 -> "DEFECTIVE";
                        default -> "SIZE_TOO_LARGE";
                    };
                    moves.next(requested);
                    moves.rma = demoReturns.submit(shop, order.number(), reason,
                            v % 2 == 0 ? "STORE_CREDIT" : "ORIGINAL_PAYMENT", v % 3 == 1 ? "DROP_OFF" : "PREPAID_LABEL",
                            v % 3 == 1 ? "LAWSON" : null, false);
                    Instant second = requested.plus(Duration.between(requested, now).dividedBy(2));
                    switch (target) {
                        case CANCELLED -> {
                            moves.next(second);
                            demoReturns.cancel(shop, moves.rma, false);
                        }
                        case REJECTED -> {
                            moves.next(now.minus(Duration.ofHours(1)));
                            demoReturns.reject(shop, moves.rma, manager(shop));
                        }
                        case RECEIVED, COMPLETED -> {
                            boolean overdue = target == ReturnStatus.RECEIVED && !overdueShown
                                    && requested.isBefore(now.minus(Duration.ofHours(40)));
                            overdueShown |= overdue;
                            // One parcel received a day and a half ago still waits for its refund: overdue.
                            moves.next(overdue ? now.minus(Duration.ofHours(36)) : second);
                            demoReturns.receive(shop, moves.rma, operator(shop), false);
                            if (target == ReturnStatus.COMPLETED) {
                                moves.next(second.plus(Duration.between(second, now).dividedBy(3)));
                                demoReturns.grade(shop, moves.rma, v % 3 == 0 ? Grade.B : Grade.A, operator(shop), false);
                            }
                        }
                        default -> {
                            // AWAITING_SHIPMENT (approved by policy) and NEEDS_REVIEW (not delivered) need no further move
                        }
                    }
                    moves.into(retimes, Duration.ZERO);
                    break;
                } catch (RuntimeException refused) {
                    moves.undo();
                    moves.into(retimes, Duration.ZERO);
                    LOG.fine(() -> "Demo return from " + order.number() + " skipped: " + refused.getMessage());
                }
            }
        }
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
