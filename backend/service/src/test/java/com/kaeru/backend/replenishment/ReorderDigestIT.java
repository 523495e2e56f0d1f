package com.kaeru.backend.replenishment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.kaeru.backend.it.Deployments;
import com.kaeru.backend.it.InTransaction;
import com.kaeru.backend.platform.persistence.TenantSession;
import com.kaeru.backend.replenishment.application.ReorderDigest;
import com.kaeru.backend.replenishment.domain.ReplenishmentRepository;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The daily digest: two instances deciding the same shop's day at once queue it once (in the
 * server, two transactions racing), a shop without alerts gets nothing, and each manager receives
 * exactly one mail in their language at a real SMTP server (GreenMail, checked from the client).
 * The managers come from {@link FixedManagers}: Keycloak does not run in backend ITs.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReorderDigestIT {
    static final String SLUG = "digest-it";
    static final String JA = "digest-ja@example.jp";
    static final String EN = "digest-en@example.jp";
    static final String DEFAULT_LANGUAGE = "digest-default@example.jp";
    /** A day the scheduler of this deployment never decides (it uses the real date). */
    static final LocalDate DAY = LocalDate.of(2031, 3, 14);

    @Deployment
    static WebArchive deployment() {
        return Deployments.builtApiWarWith(ReorderDigestIT.class).addClasses(FixedManagers.class);
    }

    @Inject
    InTransaction inTransaction;
    @Inject
    TenantSession tenantSession;
    @Inject
    ReplenishmentRepository repository;
    @Inject
    ReorderDigest digest;
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    private long newShop(String slug, String language) {
        return inTransaction.call(() -> ((Number) em.createNativeQuery("insert into shop (slug, name, default_language) "
                + "values (?1, 'ダイジェスト店', ?2) returning id").setParameter(1, slug).setParameter(2, language)
                .getSingleResult()).longValue());
    }

    /** A variant that sold 280 units in the window (10/day), with lead time 5, safety stock 20 and 70 on the shelf. */
    private void variantAtItsPoint(long shop, String sku) {
        inTransaction.run(() -> {
            tenantSession.bind(shop);
            long product = number(em.createNativeQuery("insert into product (shop_id, external_id, name_ja, name_en) "
                    + "values (?1, ?2, '発注点シャツ', 'Reorder shirt') returning id").setParameter(1, shop)
                    .setParameter(2, sku).getSingleResult());
            long variant = number(em.createNativeQuery("insert into variant (shop_id, product_id, sku, size, price_minor, "
                    + "currency) values (?1, ?2, ?3, 'M', 3000, 'JPY') returning id").setParameter(1, shop)
                    .setParameter(2, product).setParameter(3, sku).getSingleResult());
            long order = number(em.createNativeQuery("insert into customer_order (shop_id, external_id, order_number, "
                    + "channel, customer_name, customer_email, currency, ordered_at) values (?1, ?2, ?2, 'OWN_SITE', "
                    + "'山田 花子', 'hanako@example.jp', 'JPY', now() - interval '3 days') returning id")
                    .setParameter(1, shop).setParameter(2, "O-" + sku).getSingleResult());
            em.createNativeQuery("insert into order_line (shop_id, order_id, line_no, variant_id, quantity, "
                    + "unit_price_minor) values (?1, ?2, 1, ?3, 280, 3000)").setParameter(1, shop).setParameter(2, order)
                    .setParameter(3, variant).executeUpdate();
            em.createNativeQuery("insert into stock_movement (shop_id, location_id, variant_id, cause, actor, sellable_delta) "
                    + "select ?1, id, ?2, 'OPENING_BALANCE', 'test', 70 from stock_location where shop_id = ?1 and is_default")
                    .setParameter(1, shop).setParameter(2, variant).executeUpdate();
            em.createNativeQuery("insert into replenishment_settings (shop_id, lead_time_days, safety_stock, "
                    + "sales_window_days, updated_by) values (?1, 5, 20, 28, 'test')").setParameter(1, shop).executeUpdate();
            repository.recompute(shop, LocalDate.now(ZoneId.of("Asia/Tokyo")));
        });
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    @Test
    @Order(1)
    void twoInstancesDecidingTheSameDayAtOnceQueueTheDigestOnce() throws Exception {
        long shop = newShop(SLUG, "ja");
        variantAtItsPoint(shop, "DIGEST-M");
        assertThat(inTransaction.call(() -> {
            tenantSession.bind(shop);
            return repository.countAlerts(shop);
        })).isEqualTo(1);

        // Two "instances" (transactions of their own) released at the same moment, several rounds.
        ManagedExecutorService executor = (ManagedExecutorService) new javax.naming.InitialContext()
                .lookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ReorderDigest.Outcome>> outcomes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            outcomes.add(executor.submit(() -> {
                start.await();
                return digest.send(shop, DAY, Instant.now());
            }));
        }
        start.countDown();
        List<ReorderDigest.Outcome> results = new ArrayList<>();
        for (Future<ReorderDigest.Outcome> f : outcomes) {
            results.add(f.get(60, TimeUnit.SECONDS));
        }
        assertThat(results).containsOnlyOnce(ReorderDigest.Outcome.SENT)
                .containsOnly(ReorderDigest.Outcome.SENT, ReorderDigest.Outcome.ALREADY_DECIDED);
        // And later runs of the same day do nothing.
        assertThat(digest.send(shop, DAY, Instant.now())).isEqualTo(ReorderDigest.Outcome.ALREADY_DECIDED);

        inTransaction.run(() -> {
            tenantSession.bind(shop);
            assertThat(number(em.createNativeQuery("select count(*) from reorder_digest where shop_id = ?1")
                    .setParameter(1, shop).getSingleResult())).isEqualTo(1);
            assertThat(number(em.createNativeQuery("select count(*) from outbox_event where shop_id = ?1 "
                    + "and event_type = 'REORDER_DIGEST'").setParameter(1, shop).getSingleResult())).isEqualTo(3);
        });
    }

    @Test
    @Order(2)
    void aShopWithoutAlertsRecordsTheDayAndSendsNothing() {
        long shop = newShop("digest-quiet", "en");
        // Nothing sold, no safety stock: no point above zero, no alert — and the directory is not even asked.
        assertThat(digest.send(shop, DAY, Instant.now())).isEqualTo(ReorderDigest.Outcome.NO_ALERTS);
        inTransaction.run(() -> {
            tenantSession.bind(shop);
            assertThat(number(em.createNativeQuery("select count(*) from outbox_event where shop_id = ?1")
                    .setParameter(1, shop).getSingleResult())).isZero();
        });
    }

    @Test
    @Order(2)
    void aTransactionBoundToAnotherShopNeitherReadsNorRecomputesThePoints() {
        long digestShop = inTransaction.call(() -> ((Number) em.createNativeQuery("select id from shop where slug = ?1")
                .setParameter(1, SLUG).getSingleResult()).longValue());
        long other = newShop("digest-other", "ja");
        inTransaction.run(() -> {
            tenantSession.bind(other);
            // Row-level security hides the digest shop's variants, points, settings and digest rows alike.
            assertThat(repository.recompute(digestShop, LocalDate.now(ZoneId.of("Asia/Tokyo")))).isZero();
            assertThat(repository.countAlerts(digestShop)).isZero();
            assertThat(repository.settings(digestShop)).isEmpty();
            for (String table : List.of("reorder_point", "replenishment_settings", "reorder_digest")) {
                assertThat(number(em.createNativeQuery("select count(*) from " + table).getSingleResult())).as(table).isZero();
            }
        });
        inTransaction.run(() -> {
            tenantSession.bind(digestShop);
            assertThat(repository.countAlerts(digestShop)).isEqualTo(1);
        });
    }

    @Test
    @Order(3)
    @RunAsClient
    void eachManagerReceivesOneMailInTheirLanguage() {
        String day = DAY.toString();
        DigestMailbox.awaitDelivered(day, 3, List.of(JA, EN, DEFAULT_LANGUAGE));
        List<String[]> ja = DigestMailbox.mails(JA, day);
        List<String[]> en = DigestMailbox.mails(EN, day);
        List<String[]> shopLanguage = DigestMailbox.mails(DEFAULT_LANGUAGE, day);
        assertThat(ja).hasSize(1);
        assertThat(en).hasSize(1);
        assertThat(shopLanguage).hasSize(1);
        assertThat(ja.get(0)[0]).isEqualTo("[Kaeru] ダイジェスト店：発注点を下回った商品が 1 件あります");
        assertThat(ja.get(0)[1]).contains("・DIGEST-M 発注点シャツ (M)：有効在庫 70、発注点 70 ＝ 1日平均 10 点 × リードタイム 5 日 ＋ 安全在庫 20、入荷予定 0");
        assertThat(en.get(0)[0]).isEqualTo("[Kaeru] ダイジェスト店: 1 variant(s) at or below the reorder point");
        assertThat(en.get(0)[1]).contains("- DIGEST-M Reorder shirt (M): available 70, reorder point 70 = 10/day × 5 days "
                + "+ safety stock 20; incoming 0");
        // A manager without a language reads the shop's (Japanese).
        assertThat(shopLanguage.get(0)[0]).startsWith("[Kaeru] ダイジェスト店：");
    }
}
