package com.kaeru.backend.refunds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.kaeru.backend.it.Deployments;
import com.kaeru.backend.it.InTransaction;
import com.kaeru.backend.it.Mails;
import com.kaeru.backend.platform.persistence.TenantSession;
import com.kaeru.backend.refunds.application.RefundService;
import com.kaeru.backend.refunds.application.RefundWorker;
import com.kaeru.backend.refunds.domain.Payout;
import com.kaeru.backend.refunds.domain.Refund;
import com.kaeru.backend.refunds.domain.RefundMethod;
import com.kaeru.backend.refunds.domain.RefundNotPaidException;
import com.kaeru.backend.refunds.domain.RefundRepository;
import com.kaeru.backend.refunds.domain.RefundedReturn;
import com.kaeru.backend.refunds.domain.RefundingShop;
import com.kaeru.backend.refunds.infrastructure.SimulatedCardProvider;
import com.kaeru.backend.returns.application.ReturnFilters;
import com.kaeru.backend.returns.domain.ReturnFilter;
import com.kaeru.backend.returns.domain.ReturnRequestRepository;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Card refunds paid by the worker (docs/refunds.md, issue 13): requesting never calls the payment
 * service, a crash between paying and recording never pays twice, workers side by side pay each
 * refund once, passing faults are retried and refusals end FAILED. The deployment's own scheduler
 * runs too, as another instance would: every assertion holds whoever does the work.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RefundWorkerIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.builtApiWarWith(RefundWorkerIT.class).addClasses(RefundWorkerManagers.class)
                .addAsLibraries(Deployments.jarOf(org.awaitility.Awaitility.class),
                        Deployments.jarOf(org.hamcrest.Matcher.class));
    }

    @Inject
    InTransaction inTransaction;
    @Inject
    TenantSession tenantSession;
    @Inject
    RefundService refundService;
    @Inject
    RefundWorker worker;
    @Inject
    RefundRepository refunds;
    @Inject
    SimulatedCardProvider provider;
    @Inject
    ReturnRequestRepository returnRequests;
    @Inject
    com.kaeru.backend.refunds.application.UpgradePayments upgradePayments;
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    private long shop;
    private long order;
    private String run;

    @BeforeEach
    void newShop() {
        if (inTransaction == null) {
            return; // a test run as the client (reading GreenMail) has no container beans
        }
        run = UUID.randomUUID().toString().substring(0, 8);
        shop = number(inTransaction.call(() -> em.createNativeQuery(
                "insert into shop (slug, name) values (?1, '返金ワーカー') returning id").setParameter(1, "rw-" + run)
                .getSingleResult()));
        order = number(inTransaction.call(() -> {
            tenantSession.bind(shop);
            return em.createNativeQuery("insert into customer_order (shop_id, external_id, order_number, channel, "
                            + "customer_name, customer_email, currency, ordered_at) values (?1, ?2, ?2, 'OWN_SITE', "
                            + "'山田 花子', 'hanako@example.jp', 'JPY', now() - interval '3 days') returning id")
                    .setParameter(1, shop).setParameter(2, "O-" + run).getSingleResult();
        }));
    }

    @AfterEach
    void providerBehavesAgain() {
        if (provider != null) {
            provider.beforePaying(null);
            provider.settles(null);
            provider.beforeCharging(null);
        }
    }

    /** An inspected return of the order, whose refunds the test creates; returns its id. */
    private long inspectedReturn(String rma) {
        return number(inTransaction.call(() -> {
            tenantSession.bind(shop);
            return em.createNativeQuery("insert into return_request (shop_id, rma_number, order_id, status, "
                            + "customer_email) values (?1, ?2, ?3, 'INSPECTED', 'hanako@example.jp') returning id")
                    .setParameter(1, shop).setParameter(2, rma).setParameter(3, order).getSingleResult();
        }));
    }

    /** Requests a card refund of the return as grading does; returns the refund. */
    private Refund request(long returnId, String rma, long amount) {
        return inTransaction.call(() -> {
            tenantSession.bind(shop);
            return refundService.request(new RefundingShop(shop, "JPY", 1_000_000),
                    new RefundedReturn(returnId, rma, order, "hanako@example.jp", "ja"),
                    new Payout(Map.of(RefundMethod.ORIGINAL_PAYMENT, amount), Map.of()), "it-grader", Instant.now())
                    .get(0);
        });
    }

    private Object one(String sql, Object... params) {
        return inTransaction.call(() -> {
            tenantSession.bind(shop);
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            return query.getSingleResult();
        });
    }

    private String status(long refundId) {
        return (String) one("select status from refund where id = ?1", refundId);
    }

    @Test
    void requestingNeverWaitsForAHangingProviderWhichHoldsNoLockWhilePaying() throws Exception {
        String rma = "R-HANG-" + run;
        long returnId = inspectedReturn(rma);
        CountDownLatch paying = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        provider.beforePaying(refund -> {
            if (refund.idempotencyKey().startsWith(rma + ":")) {
                paying.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        long started = System.nanoTime();
        Refund refund = request(returnId, rma, 3000);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("requesting (grading's part)")
                .isLessThan(Duration.ofSeconds(5));
        assertThat(status(refund.id())).isEqualTo("REQUESTED");

        // The wake-up after the commit has the worker calling the provider, which hangs.
        assertThat(paying.await(30, TimeUnit.SECONDS)).as("the worker calls the provider").isTrue();
        // Meanwhile nothing is locked: the refund and the return can be locked at once by others.
        inTransaction.run(() -> {
            tenantSession.bind(shop);
            em.createNativeQuery("select id from refund where id = ?1 for update nowait").setParameter(1, refund.id())
                    .getResultList();
            em.createNativeQuery("select id from return_request where id = ?1 for update nowait")
                    .setParameter(1, returnId).getResultList();
        });
        assertThat(status(refund.id())).isEqualTo("REQUESTED");

        release.countDown();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(status(refund.id())).isEqualTo("ISSUED"));
        assertThat(one("select status from return_request where id = ?1", returnId)).isEqualTo("COMPLETED");
        assertThat(provider.payments(refund.idempotencyKey())).isEqualTo(1);
        assertThat(number(one("select count(*) from outbox_event where event_type = 'RefundIssued' "
                + "and aggregate_ref = ?1", rma))).isEqualTo(1);
    }

    @Test
    void aWorkerKilledBetweenPayingAndRecordingNeverPaysTwice() {
        String rma = "R-CRASH-" + run;
        long returnId = inspectedReturn(rma);
        // A worker claimed the refund (its lease), the provider paid it, and the worker died before
        // recording: the refund is still REQUESTED under a lease nobody will release.
        Refund refund = inTransaction.call(() -> {
            tenantSession.bind(shop);
            Refund claimed = refunds.claim(Refund.request(shop, returnId, rma + ":ORIGINAL_PAYMENT",
                    RefundMethod.ORIGINAL_PAYMENT, 4500, "JPY", null, "it-grader")).orElseThrow();
            em.createNativeQuery("update refund set next_attempt_at = now(), lease_until = now() + interval '1 hour' "
                    + "where id = ?1").setParameter(1, claimed.id()).executeUpdate();
            return claimed;
        });
        String paidReference = provider.pay(refund, "hanako@example.jp");
        assertThat(provider.payments(refund.idempotencyKey())).isEqualTo(1);
        worker.runShop(shop);
        assertThat(status(refund.id())).as("leased by the dead worker").isEqualTo("REQUESTED");

        // The lease expires: the next claim sends the same key and records the payment already made.
        one("update refund set lease_until = now() - interval '1 second' where id = ?1 returning id", refund.id());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            worker.runShop(shop);
            assertThat(status(refund.id())).isEqualTo("ISSUED");
        });
        assertThat(provider.payments(refund.idempotencyKey())).as("payments under the key").isEqualTo(1);
        assertThat(one("select provider_reference from refund where id = ?1", refund.id())).isEqualTo(paidReference);
    }

    @Test
    void workersSideBySidePayAndRecordEachRefundExactlyOnce() throws Exception {
        List<Refund> requested = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String rma = "R-PAR" + i + "-" + run;
            requested.add(request(inspectedReturn(rma), rma, 1000 + i));
        }
        // The first payment waits until a second worker is paying too, so claims really overlap.
        CountDownLatch twoPaying = new CountDownLatch(2);
        provider.beforePaying(refund -> {
            twoPaying.countDown();
            try {
                twoPaying.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        ManagedExecutorService executor = (ManagedExecutorService) new javax.naming.InitialContext()
                .lookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> passes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            passes.add(executor.submit(() -> {
                start.await();
                return worker.runShop(shop);
            }));
        }
        start.countDown();
        for (Future<Integer> pass : passes) {
            pass.get(60, TimeUnit.SECONDS);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(number(one("select count(*) from refund where shop_id = ?1 and status = 'ISSUED'", shop)))
                        .isEqualTo(12));
        for (Refund refund : requested) {
            assertThat(provider.payments(refund.idempotencyKey())).as(refund.idempotencyKey()).isEqualTo(1);
        }
        assertThat(number(one("select count(*) from audit_event where shop_id = ?1 and action = 'REFUND_ISSUED'", shop)))
                .as("each refund recorded once").isEqualTo(12);
        assertThat(number(one("select count(*) from return_request where shop_id = ?1 and status = 'COMPLETED'", shop)))
                .isEqualTo(12);
    }

    @Test
    @Order(1)
    void aPassingFaultIsTriedAgainAndARefusalEndsFailedWithItsError() {
        String flaky = "R-FLAKY-" + run;
        String refused = "R-REFUSED-" + run;
        Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        provider.beforePaying(refund -> {
            int call = calls.computeIfAbsent(refund.idempotencyKey(), k -> new AtomicInteger()).incrementAndGet();
            if (refund.idempotencyKey().startsWith(flaky + ":") && call == 1) {
                throw new RefundNotPaidException(true, "rate_limit", "429 Too Many Requests", null);
            }
            // Refused under its first key only, as Stripe replays a refusal for the key it saw it with.
            if (refund.idempotencyKey().startsWith(refused + ":") && refund.keyGeneration() == 0) {
                throw new RefundNotPaidException(false, "card_error", "The card was closed", null);
            }
        });
        long endpoint = refundFailedWebhook();
        Refund retried = request(inspectedReturn(flaky), flaky, 2000);
        long refusedReturn = inspectedReturn(refused);
        Refund failed = request(refusedReturn, refused, 2500);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            worker.runShop(shop);
            assertThat(number(one("select attempts from refund where id = ?1", retried.id()))).isEqualTo(1);
            assertThat(status(failed.id())).isEqualTo("FAILED");
        });
        assertThat(status(retried.id())).as("waiting for its next attempt").isEqualTo("REQUESTED");
        assertThat((String) one("select last_error from refund where id = ?1", retried.id())).contains("rate_limit");
        assertThat((String) one("select last_error from refund where id = ?1", failed.id())).contains("card_error");
        assertThat(one("select failed_at is not null from refund where id = ?1", failed.id())).isEqualTo(true);
        assertThat(number(one("select count(*) from audit_event where shop_id = ?1 and action = 'REFUND_FAILED'", shop)))
                .isEqualTo(1);
        assertThat(provider.payments(failed.idempotencyKey())).isZero();
        assertFailureReported(refused, failed, "card_error");

        // Its backoff over (brought forward here), the passing fault is gone and it is paid once.
        one("update refund set next_attempt_at = now() where id = ?1 returning id", retried.id());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            worker.runShop(shop);
            assertThat(status(retried.id())).isEqualTo("ISSUED");
        });
        assertThat(provider.payments(retried.idempotencyKey())).isEqualTo(1);
        assertThat(status(failed.id())).as("a refusal is not tried again").isEqualTo("FAILED");

        // Staff retry the refusal: a new attempt under a new provider key (the old one only gets the refusal
        // replayed), paid once, the refund's own key unchanged.
        inTransaction.call(() -> {
            tenantSession.bind(shop);
            return refundService.retry(new RefundingShop(shop, "JPY", 1_000_000),
                    new RefundedReturn(refusedReturn, refused, order, "hanako@example.jp", "ja"), failed.id(),
                    "it-manager", Instant.now());
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            worker.runShop(shop);
            assertThat(status(failed.id())).isEqualTo("ISSUED");
        });
        assertThat(number(one("select key_generation from refund where id = ?1", failed.id()))).isEqualTo(1);
        assertThat(provider.payments(failed.idempotencyKey() + ":r1")).isEqualTo(1);
        assertThat(provider.payments(failed.idempotencyKey())).isZero();
        assertThat(provider.payments(retried.idempotencyKey())).as("the backoff retry kept its key").isEqualTo(1);
        // Shop systems hear of it once, as refund.failed.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(number(one("select count(*) from "
                + "webhook_delivery where endpoint_id = ?1 and event_type = 'refund.failed' and payload like ?2",
                endpoint, "%\"rma\":\"" + refused + "\"%"))).isEqualTo(1));
    }

    /** An endpoint of the shop subscribed to {@code types} (comma-separated, as the console writes them). */
    private long webhook(String types) {
        return number(inTransaction.call(() -> {
            tenantSession.bind(shop);
            return em.createNativeQuery("insert into webhook_endpoint (shop_id, url, event_types, secret, created_by, "
                            + "created_at, updated_at) values (?1, 'https://erp.example.com/kaeru', ?2, "
                            + "'whsec_dGVzdHRlc3R0ZXN0dGVzdHRlc3R0ZXN0dGVzdHRlc3Q=', 'it', now(), now()) returning id")
                    .setParameter(1, shop).setParameter(2, types).getSingleResult();
        }));
    }

    /** An endpoint of the shop subscribed to refund.failed (written as the console would, without its checks). */
    private long refundFailedWebhook() {
        return number(inTransaction.call(() -> {
            tenantSession.bind(shop);
            return em.createNativeQuery("insert into webhook_endpoint (shop_id, url, event_types, secret, created_by, "
                            + "created_at, updated_at) values (?1, 'https://erp.example.com/kaeru', 'refund.failed', "
                            + "'whsec_dGVzdHRlc3R0ZXN0dGVzdHRlc3R0ZXN0dGVzdHRlc3Q=', 'it', now(), now()) returning id")
                    .setParameter(1, shop).getSingleResult();
        }));
    }

    /**
     * A refund that ended FAILED: one RefundFailed event (its code and error), one e-mail per manager of
     * the shop in their language, delivered once; its return is in the "refund failed" queue filter and, past
     * its deadline, overdue — and another shop's filter never shows it.
     */
    private void assertFailureReported(String rma, Refund failed, String code) {
        assertThat(number(one("select count(*) from outbox_event where event_type = 'RefundFailed' and aggregate_ref = ?1",
                rma))).isEqualTo(1);
        assertThat((String) one("select payload from outbox_event where event_type = 'RefundFailed' and aggregate_ref = ?1",
                rma)).contains("\"refundId\":" + failed.id()).contains("\"code\":\"" + code + "\"");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(number(one("select count(*) from "
                + "outbox_event e join outbox_delivery d on d.event_id = e.id where e.event_type = 'STAFF_REFUND_FAILED' "
                + "and e.aggregate_ref = ?1 and d.delivered_at is not null", rma))).isEqualTo(2));
        assertThat(number(one("select count(*) from outbox_event where event_type = 'STAFF_REFUND_FAILED' "
                + "and aggregate_ref = ?1 and payload like ?2", rma, "%" + RefundWorkerManagers.JA + "%"))).isEqualTo(1);

        long returnId = number(one("select return_id from refund where id = ?1", failed.id()));
        ReturnFilter failedOnly = new ReturnFilters(null, null, false, null, null, null, null, null, null, null, "failed")
                .resolve(java.time.ZoneId.of("Asia/Tokyo"), List.of());
        assertThat(queue(shop, failedOnly)).as("only the return whose refund failed").containsExactly(rma);
        // The 24 h clock keeps running: once the deadline passes, the failed refund's return is overdue.
        one("update return_request set refund_due_at = now() - interval '1 hour' where id = ?1 returning id", returnId);
        ReturnFilter overdueFailed = new ReturnFilters(null, null, true, null, null, null, null, null, null, null,
                "FAILED").resolve(java.time.ZoneId.of("Asia/Tokyo"), List.of());
        assertThat(queue(shop, overdueFailed)).containsExactly(rma);
        // Another shop, with a failed refund of its own, sees only that one: neither its filter nor row-level
        // security lets the first shop's return through, even when asked for it by id.
        long first = shop;
        long firstOrder = order;
        String firstRun = run;
        newShop();
        String other = "R-OTHER-" + run;
        long otherReturn = inspectedReturn(other);
        one("insert into refund (shop_id, return_id, idempotency_key, method, amount_minor, currency, status, "
                + "requested_by, created_at, failed_at, last_error) values (?1, ?2, ?3, 'ORIGINAL_PAYMENT', 100, 'JPY', "
                + "'FAILED', 'it', now(), now(), 'card_error') returning id", shop, otherReturn, other + ":ORIGINAL_PAYMENT");
        assertThat(queue(shop, failedOnly)).containsExactly(other);
        assertThat(inTransaction.call(() -> {
            tenantSession.bind(shop);
            return returnRequests.search(List.of(first, shop), failedOnly, Instant.now(), 0, 50).stream()
                    .map(com.kaeru.backend.returns.domain.ReturnRequest::rmaNumber).toList();
        })).containsExactly(other);
        shop = first;
        order = firstOrder;
        run = firstRun;
    }

    private List<String> queue(long shopId, ReturnFilter filter) {
        return inTransaction.call(() -> {
            tenantSession.bind(shopId);
            return returnRequests.search(shopId, filter, Instant.now(), 0, 50).stream()
                    .map(com.kaeru.backend.returns.domain.ReturnRequest::rmaNumber).toList();
        });
    }

    @Test
    @Order(2)
    @RunAsClient
    void eachManagerIsMailedTheFailureInTheirLanguage() throws Exception {
        MimeMessage ja = Mails.withSubject(RefundWorkerManagers.JA, "R-REFUSED-");
        assertThat(ja.getSubject()).endsWith("の返金に失敗しました");
        assertThat(Mails.text(ja)).contains("理由：card_error — card_error: The card was closed").contains("「再試行」");
        MimeMessage en = Mails.withSubject(RefundWorkerManagers.EN, "R-REFUSED-");
        assertThat(en.getSubject()).contains("refund of R-REFUSED-").endsWith("failed");
        assertThat(Mails.text(en)).contains("Why: card_error — card_error: The card was closed")
                .contains("(original payment)");
    }

    @Test
    @Order(2)
    @RunAsClient
    void managersAndTheCustomerAreMailedThatTheUpgradeDifferenceWasNotCharged() throws Exception {
        MimeMessage ja = Mails.withSubject(RefundWorkerManagers.JA, "R-UPDECL-");
        assertThat(ja.getSubject()).endsWith("の交換差額を請求できませんでした");
        assertThat(Mails.text(ja)).contains("差額：￥1,500").contains("理由：card_declined — card_declined: ")
                .contains("「再試行」");
        MimeMessage en = Mails.withSubject(RefundWorkerManagers.EN, "R-UPDECL-");
        assertThat(en.getSubject()).contains("the upgrade difference of R-UPDECL-").endsWith("could not be charged");
        assertThat(Mails.text(en)).contains("Difference: ¥1,500").contains("Why: card_declined");
        MimeMessage customer = Mails.withSubject("hanako@example.jp", "R-UPDECL-");
        assertThat(customer.getSubject()).endsWith("の交換差額をご請求できませんでした");
        assertThat(Mails.text(customer)).contains("￥1,500").contains("請求は行われていません")
                .doesNotContain("card_declined");
    }

    @Test
    void aRefundTheProviderAcceptsAsPendingIsAskedAboutUntilItSettles() {
        String settles = "R-PEND-" + run;
        String cancelled = "R-PENDX-" + run;
        Map<String, String> answer = new ConcurrentHashMap<>(Map.of(settles, "pending", cancelled, "pending"));
        Map<String, AtomicInteger> checks = new ConcurrentHashMap<>();
        provider.settles(refund -> {
            String rma = refund.idempotencyKey().substring(0, refund.idempotencyKey().indexOf(':'));
            if (!answer.containsKey(rma)) {
                return "succeeded";
            }
            checks.computeIfAbsent(rma, k -> new AtomicInteger()).incrementAndGet();
            String now = answer.get(rma);
            if ("canceled".equals(now)) {
                throw new RefundNotPaidException(false, "canceled", "refund canceled by the bank", null);
            }
            return now;
        });
        Refund pending = request(inspectedReturn(settles), settles, 3300);
        Refund failing = request(inspectedReturn(cancelled), cancelled, 3400);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            worker.runShop(shop);
            assertThat(status(pending.id())).isEqualTo("PROVIDER_PENDING");
            assertThat(status(failing.id())).isEqualTo("PROVIDER_PENDING");
        });
        String reference = (String) one("select provider_reference from refund where id = ?1", pending.id());
        assertThat(reference).startsWith("SIM-");
        assertThat(one("select next_attempt_at > now() from refund where id = ?1", pending.id())).isEqualTo(true);
        assertThat(number(one("select count(*) from audit_event where shop_id = ?1 and action = 'REFUND_PROVIDER_PENDING'",
                shop))).isEqualTo(2);
        assertThat(one("select status from return_request where rma_number = ?1", settles)).isEqualTo("INSPECTED");

        // Asked again when due: still pending, then settled; the other one cancelled by the bank.
        one("update refund set next_attempt_at = now() where id = ?1 returning id", pending.id());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            worker.runShop(shop);
            assertThat(checks.get(settles).get()).isGreaterThanOrEqualTo(2);
        });
        assertThat(status(pending.id())).isEqualTo("PROVIDER_PENDING");
        answer.put(settles, "succeeded");
        answer.put(cancelled, "canceled");
        one("update refund set next_attempt_at = now() where id = ?1 returning id", pending.id());
        one("update refund set next_attempt_at = now() where id = ?1 returning id", failing.id());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            worker.runShop(shop);
            assertThat(status(pending.id())).isEqualTo("ISSUED");
            assertThat(status(failing.id())).isEqualTo("FAILED");
        });
        assertThat(provider.payments(pending.idempotencyKey())).as("paid once, asked several times").isEqualTo(1);
        assertThat(one("select provider_reference from refund where id = ?1", pending.id())).as("the reference kept")
                .isEqualTo(reference);
        assertThat(one("select status from return_request where rma_number = ?1", settles)).isEqualTo("COMPLETED");
        assertThat(number(one("select count(*) from outbox_event where event_type = 'RefundIssued' and aggregate_ref = ?1",
                settles))).isEqualTo(1);
        assertThat((String) one("select last_error from refund where id = ?1", failing.id())).startsWith("canceled");
        assertThat(number(one("select count(*) from outbox_event where event_type = 'RefundFailed' and aggregate_ref = ?1",
                cancelled))).isEqualTo(1);
    }

    // --- upgrade exchanges: the price difference collected before the replacement ships (docs/payments.md) -----

    /**
     * An inspected return with one upgrade exchange line owing {@code dueMinor}: its replacement is reserved and
     * waits for the payment. Returns the return's id.
     */
    private long upgradeReturn(String rma, long dueMinor) {
        return number(inTransaction.call(() -> {
            tenantSession.bind(shop);
            long product = number(em.createNativeQuery("insert into product (shop_id, external_id, name_ja, name_en) "
                    + "values (?1, ?2, 'シャツ', 'Shirt') returning id").setParameter(1, shop).setParameter(2, "P-" + rma)
                    .getSingleResult());
            long variant = number(em.createNativeQuery("insert into variant (shop_id, product_id, sku, price_minor, "
                            + "currency) values (?1, ?2, ?3, 6500, 'JPY') returning id").setParameter(1, shop)
                    .setParameter(2, product).setParameter(3, "SKU-" + rma).getSingleResult());
            long orderLine = number(em.createNativeQuery("insert into order_line (shop_id, order_id, line_no, variant_id, "
                            + "quantity, unit_price_minor) values (?1, ?2, (select coalesce(max(line_no), 0) + 1 from "
                            + "order_line where order_id = ?2), ?3, 1, 5000) returning id")
                    .setParameter(1, shop).setParameter(2, order).setParameter(3, variant).getSingleResult());
            long returnId = number(em.createNativeQuery("insert into return_request (shop_id, rma_number, order_id, status, "
                            + "customer_email, upgrade_due_minor) values (?1, ?2, ?3, 'INSPECTED', 'hanako@example.jp', ?4) "
                            + "returning id")
                    .setParameter(1, shop).setParameter(2, rma).setParameter(3, order).setParameter(4, dueMinor)
                    .getSingleResult());
            long line = number(em.createNativeQuery("insert into return_line (shop_id, return_id, order_line_id, quantity, "
                            + "reason_code, resolution, exchange_variant_id, policy_outcome, policy_rule, reserved, "
                            + "price_difference_minor, grade_a) values (?1, ?2, ?3, 1, 'SIZE_TOO_SMALL', 'EXCHANGE', ?4, "
                            + "'AUTO_APPROVE', 'it', true, ?5, 1) returning id")
                    .setParameter(1, shop).setParameter(2, returnId).setParameter(3, orderLine).setParameter(4, variant)
                    .setParameter(5, dueMinor).getSingleResult());
            em.createNativeQuery("insert into exchange_fulfilment (shop_id, return_id, return_line_id, rma_number, "
                            + "customer_email, customer_language, variant_id, quantity, state, units_reserved, "
                            + "return_inspected, reserved_at, updated_at, payment_due) values (?1, ?2, ?3, ?4, "
                            + "'hanako@example.jp', 'ja', ?5, 1, 'RESERVED', true, true, now(), now(), true)")
                    .setParameter(1, shop).setParameter(2, returnId).setParameter(3, line).setParameter(4, rma)
                    .setParameter(5, variant).executeUpdate();
            return returnId;
        }));
    }

    private com.kaeru.backend.refunds.domain.UpgradePayment requestUpgrade(long returnId, String rma, long amount) {
        return inTransaction.call(() -> {
            tenantSession.bind(shop);
            return upgradePayments.request(shop, returnId, rma, amount, "JPY", "customer", Instant.now()).orElseThrow();
        });
    }

    private String upgradeStatus(long paymentId) {
        return (String) one("select status from upgrade_payment where id = ?1", paymentId);
    }

    private String fulfilmentState(long returnId) {
        return (String) one("select state from exchange_fulfilment where return_id = ?1", returnId);
    }

    @Test
    void workersSideBySideChargeEachUpgradeOnceOutsideAnyLockAndOnlyThenDoesItsReplacementShip() throws Exception {
        Map<String, Long> returnsByRma = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            String rma = "R-UPG" + i + "-" + run;
            returnsByRma.put(rma, upgradeReturn(rma, 1500 + i));
        }
        CountDownLatch charging = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        provider.beforeCharging(charge -> {
            if (charge.rmaNumber().endsWith(run)) {
                charging.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        List<com.kaeru.backend.refunds.domain.UpgradePayment> requested = new ArrayList<>();
        returnsByRma.forEach((rma, id) -> requested.add(requestUpgrade(id, rma, 1500 + requested.size())));
        // A second request of the same return is the same payment (one per return).
        inTransaction.run(() -> {
            tenantSession.bind(shop);
            assertThat(upgradePayments.request(shop, returnsByRma.values().iterator().next(),
                    returnsByRma.keySet().iterator().next(), 1500, "JPY", "customer", Instant.now())).isEmpty();
        });

        ManagedExecutorService executor = (ManagedExecutorService) new javax.naming.InitialContext()
                .lookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> passes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            passes.add(executor.submit(() -> {
                start.await();
                return worker.collectUpgrades(shop);
            }));
        }
        start.countDown();
        assertThat(charging.await(30, TimeUnit.SECONDS)).as("a worker charges the card").isTrue();
        // While the provider is being called nothing is locked, and the replacements wait, reserved.
        long firstReturn = returnsByRma.values().iterator().next();
        inTransaction.run(() -> {
            tenantSession.bind(shop);
            em.createNativeQuery("select id from upgrade_payment where return_id = ?1 for update nowait")
                    .setParameter(1, firstReturn).getResultList();
            em.createNativeQuery("select id from return_request where id = ?1 for update nowait")
                    .setParameter(1, firstReturn).getResultList();
        });
        returnsByRma.values().forEach(id -> assertThat(fulfilmentState(id)).isEqualTo("RESERVED"));

        release.countDown();
        for (Future<Integer> pass : passes) {
            pass.get(60, TimeUnit.SECONDS);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(number(one(
                "select count(*) from upgrade_payment where shop_id = ?1 and status = 'PAID'", shop))).isEqualTo(3));
        for (var payment : requested) {
            assertThat(provider.payments(payment.providerKey())).as(payment.providerKey()).isEqualTo(1);
        }
        assertThat(number(one("select count(*) from audit_event where shop_id = ?1 and action = 'UPGRADE_PAYMENT_COLLECTED'",
                shop))).as("each charge recorded once").isEqualTo(3);
        for (var entry : returnsByRma.entrySet()) {
            assertThat(fulfilmentState(entry.getValue())).as("paid: the replacement ships").isEqualTo("SHIPMENT_REQUESTED");
            assertThat(one("select upgrade_paid_at is not null from return_request where id = ?1", entry.getValue()))
                    .isEqualTo(true);
            assertThat(number(one("select count(*) from outbox_event where event_type = 'ExchangeShipmentRequested' "
                    + "and aggregate_ref = ?1", entry.getKey()))).isEqualTo(1);
        }
    }

    @Test
    void aWorkerKilledBetweenChargingAndRecordingNeverChargesTwice() {
        String rma = "R-UPCRASH-" + run;
        long returnId = upgradeReturn(rma, 2000);
        // A worker claimed it (its lease), the provider charged, and the worker died before recording.
        var payment = inTransaction.call(() -> {
            tenantSession.bind(shop);
            var p = upgradePayments.request(shop, returnId, rma, 2000, "JPY", "customer", Instant.now()).orElseThrow();
            em.createNativeQuery("update upgrade_payment set lease_until = now() + interval '1 hour' where id = ?1")
                    .setParameter(1, p.id()).executeUpdate();
            return p;
        });
        String charged = provider.collect(payment.charge(rma)).reference();
        worker.collectUpgrades(shop);
        assertThat(upgradeStatus(payment.id())).as("leased by the dead worker").isEqualTo("REQUESTED");

        one("update upgrade_payment set lease_until = now() - interval '1 second', next_attempt_at = now() "
                + "where id = ?1 returning id", payment.id());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            worker.collectUpgrades(shop);
            assertThat(upgradeStatus(payment.id())).isEqualTo("PAID");
        });
        assertThat(provider.payments(payment.providerKey())).as("charges under the key").isEqualTo(1);
        assertThat(one("select provider_reference from upgrade_payment where id = ?1", payment.id())).isEqualTo(charged);
        assertThat(fulfilmentState(returnId)).isEqualTo("SHIPMENT_REQUESTED");
    }

    @Test
    @Order(1)
    void aDeclinedChargeFailsVisiblyHoldsTheReplacementAndAStaffRetryChargesUnderANewKey() {
        String rma = "R-UPDECL-" + run;
        long endpoint = webhook("exchange.payment_failed,exchange.payment_collected");
        long returnId = upgradeReturn(rma, 1500);
        provider.beforeCharging(charge -> {
            if (charge.rmaNumber().equals(rma)) {
                throw new RefundNotPaidException(false, "card_declined", "Your card was declined.", null);
            }
        });
        var payment = requestUpgrade(returnId, rma, 1500);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            worker.collectUpgrades(shop);
            assertThat(upgradeStatus(payment.id())).isEqualTo("FAILED");
        });
        assertThat((String) one("select last_error from upgrade_payment where id = ?1", payment.id()))
                .contains("card_declined");
        assertThat(fulfilmentState(returnId)).as("unpaid: the replacement does not ship").isEqualTo("RESERVED");
        assertThat(number(one("select count(*) from audit_event where shop_id = ?1 and entity_ref = ?2 "
                + "and action = 'UPGRADE_PAYMENT_FAILED'", shop, rma))).isEqualTo(1);
        assertUpgradeFailureReported(rma, payment.id(), endpoint);

        // The customer fixed their card; staff retry: a new attempt under a new key, charged once.
        provider.beforeCharging(null);
        inTransaction.run(() -> {
            tenantSession.bind(shop);
            upgradePayments.retry(shop, returnId, rma, "it-manager", Instant.now());
            upgradePayments.retry(shop, returnId, rma, "it-manager", Instant.now());
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            worker.collectUpgrades(shop);
            assertThat(upgradeStatus(payment.id())).isEqualTo("PAID");
        });
        assertThat(provider.payments(payment.idempotencyKey())).as("nothing under the refused key").isZero();
        assertThat(provider.payments(payment.idempotencyKey() + ":r1")).isEqualTo(1);
        assertThat(fulfilmentState(returnId)).isEqualTo("SHIPMENT_REQUESTED");
        assertThat(number(one("select count(*) from audit_event where shop_id = ?1 and entity_ref = ?2 "
                + "and action = 'UPGRADE_PAYMENT_RETRIED'", shop, rma))).as("the repeated retry changed nothing")
                .isEqualTo(1);
        // Collected: one UpgradePaymentCollected, heard by shop systems as exchange.payment_collected; the return
        // leaves the "upgrade payment failed" queue.
        assertThat(number(one("select count(*) from outbox_event where event_type = 'UpgradePaymentCollected' "
                + "and aggregate_ref = ?1", rma))).isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(number(one("select count(*) from "
                + "webhook_delivery where endpoint_id = ?1 and event_type = 'exchange.payment_collected' and payload like ?2",
                endpoint, "%\"rma\":\"" + rma + "\"%"))).isEqualTo(1));
        assertThat(queue(shop, upgradePaymentFailed())).doesNotContain(rma);
    }

    private static ReturnFilter upgradePaymentFailed() {
        return new ReturnFilters(null, null, false, null, null, null, null, null, null, null, null, "failed")
                .resolve(java.time.ZoneId.of("Asia/Tokyo"), List.of());
    }

    /**
     * A collection that ended FAILED: one UpgradePaymentFailed event (its code), one e-mail per manager and one to the
     * customer, each delivered once, the webhook exchange.payment_failed once, and the return in the queue's
     * "upgrade payment failed" filter (another shop's filter does not show it).
     */
    private void assertUpgradeFailureReported(String rma, long paymentId, long endpoint) {
        assertThat(number(one("select count(*) from outbox_event where event_type = 'UpgradePaymentFailed' "
                + "and aggregate_ref = ?1", rma))).isEqualTo(1);
        assertThat((String) one("select payload from outbox_event where event_type = 'UpgradePaymentFailed' "
                + "and aggregate_ref = ?1", rma)).contains("\"paymentId\":" + paymentId)
                .contains("\"code\":\"card_declined\"").contains("\"amountMinor\":1500");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(number(one("select count(*) from outbox_event e join outbox_delivery d on d.event_id = e.id "
                    + "where e.event_type = 'STAFF_UPGRADE_PAYMENT_FAILED' and e.aggregate_ref = ?1 "
                    + "and d.delivered_at is not null", rma))).as("managers' e-mails").isEqualTo(2);
            assertThat(number(one("select count(*) from outbox_event e join outbox_delivery d on d.event_id = e.id "
                    + "where e.event_type = 'UpgradePaymentFailed' and e.aggregate_ref = ?1 and d.consumer = 'email' "
                    + "and d.delivered_at is not null", rma))).as("the customer's e-mail").isEqualTo(1);
            assertThat(number(one("select count(*) from webhook_delivery where endpoint_id = ?1 "
                    + "and event_type = 'exchange.payment_failed' and payload like ?2", endpoint,
                    "%\"rma\":\"" + rma + "\"%"))).isEqualTo(1);
        });
        assertThat(queue(shop, upgradePaymentFailed())).containsExactly(rma);
        long first = shop;
        long firstOrder = order;
        String firstRun = run;
        newShop();
        assertThat(queue(shop, upgradePaymentFailed())).isEmpty();
        shop = first;
        order = firstOrder;
        run = firstRun;
    }

    /**
     * Closes the return as cancelling does (the return's row lock, then its upgrade payments), in a transaction of
     * its own.
     */
    private void closeReturn(long returnId) {
        inTransaction.run(() -> {
            tenantSession.bind(shop);
            em.createNativeQuery("update return_request set status = 'CANCELLED' where id = ?1")
                    .setParameter(1, returnId).executeUpdate();
            var request = returnRequests.findByIdForUpdate(shop, returnId).orElseThrow();
            upgradePayments.returnClosed(shop, com.kaeru.backend.returns.application.SettleReturn.refunded(request),
                    "it-staff", Instant.now());
        });
    }

    @Test
    void aCollectedDifferenceIsPaidBackOnceWhenTheReturnClosesHoweverManyCloseItAtOnce() throws Exception {
        String rma = "R-UPBACK-" + run;
        long returnId = upgradeReturn(rma, 1800);
        var payment = requestUpgrade(returnId, rma, 1800);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            worker.collectUpgrades(shop);
            assertThat(upgradeStatus(payment.id())).isEqualTo("PAID");
        });
        String charge = (String) one("select provider_reference from upgrade_payment where id = ?1", payment.id());

        // Six closings at once (a customer's cancel, staff's, retries of both): one refund of the charge.
        ManagedExecutorService executor = (ManagedExecutorService) new javax.naming.InitialContext()
                .lookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> closings = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            closings.add(executor.submit(() -> {
                start.await();
                closeReturn(returnId);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> closing : closings) {
            closing.get(60, TimeUnit.SECONDS);
        }
        String refundKey = rma + ":UPGRADE-REFUND";
        assertThat(number(one("select count(*) from refund where return_id = ?1", returnId))).isEqualTo(1);
        long refundId = number(one("select id from refund where idempotency_key = ?1", refundKey));
        assertThat(number(one("select refund_id from upgrade_payment where id = ?1", payment.id()))).isEqualTo(refundId);
        assertThat(one("select charge_reference from refund where id = ?1", refundId)).as("pays back that charge")
                .isEqualTo(charge);
        assertThat(number(one("select amount_minor from refund where id = ?1", refundId))).isEqualTo(1800);
        assertThat(number(one("select count(*) from audit_event where shop_id = ?1 and entity_ref = ?2 "
                + "and action = 'UPGRADE_PAYMENT_REFUND_REQUESTED'", shop, rma))).isEqualTo(1);
        // Paid by the refund worker through the same provider, once, whoever runs it.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            worker.runShop(shop);
            assertThat(status(refundId)).isEqualTo("ISSUED");
        });
        assertThat(provider.payments(refundKey)).as("paid back once").isEqualTo(1);
        closeReturn(returnId);
        assertThat(number(one("select count(*) from refund where return_id = ?1", returnId))).as("a later close")
                .isEqualTo(1);
        assertThat(upgradeStatus(payment.id())).isEqualTo("PAID");
    }

    @Test
    void aReturnClosedWhileItsDifferenceIsBeingChargedGetsTheChargeBack() throws Exception {
        String rma = "R-UPRACE-" + run;
        long returnId = upgradeReturn(rma, 900);
        CountDownLatch charging = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        provider.beforeCharging(charge -> {
            if (charge.rmaNumber().equals(rma)) {
                charging.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        var payment = requestUpgrade(returnId, rma, 900);
        ManagedExecutorService executor = (ManagedExecutorService) new javax.naming.InitialContext()
                .lookup("java:comp/DefaultManagedExecutorService");
        Future<Integer> pass = executor.submit(() -> worker.collectUpgrades(shop));
        assertThat(charging.await(30, TimeUnit.SECONDS)).as("a worker charges the card").isTrue();
        closeReturn(returnId);
        assertThat(upgradeStatus(payment.id())).as("left to the worker charging it").isEqualTo("REQUESTED");

        release.countDown();
        pass.get(60, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            worker.collectUpgrades(shop);
            worker.runShop(shop);
            assertThat(upgradeStatus(payment.id())).isEqualTo("PAID");
            assertThat(one("select status from refund where idempotency_key = ?1", rma + ":UPGRADE-REFUND"))
                    .isEqualTo("ISSUED");
        });
        assertThat(provider.payments(payment.providerKey())).isEqualTo(1);
        assertThat(provider.payments(rma + ":UPGRADE-REFUND")).isEqualTo(1);
        assertThat(fulfilmentState(returnId)).as("a closed return ships nothing").isEqualTo("RESERVED");
        assertThat(one("select upgrade_paid_at is null from return_request where id = ?1", returnId)).isEqualTo(true);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
