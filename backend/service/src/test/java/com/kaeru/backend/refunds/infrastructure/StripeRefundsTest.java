package com.kaeru.backend.refunds.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import com.kaeru.backend.refunds.domain.Refund;
import com.kaeru.backend.refunds.domain.RefundMethod;
import com.kaeru.backend.refunds.domain.RefundNotPaidException;
import com.kaeru.backend.refunds.domain.RefundProvider;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP exchange of a Stripe refund, against a loopback server that replays the responses
 * Stripe documents for {@code POST /v1/refunds}: what we send (the form body, our idempotency key
 * as {@code Idempotency-Key}, the secret key) and how each answer ends (paid, refused, retry later).
 */
class StripeRefundsTest {
    private static final String KEY = "R-000042:ORIGINAL_PAYMENT";

    private HttpServer server;
    private final Deque<Reply> replies = new ArrayDeque<>();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    record Reply(int status, String body, Map<String, String> headers) {
    }

    record Seen(String method, String path, String idempotencyKey, String authorization, Map<String, String> form) {
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    exchange.getRequestHeaders().getFirst("Authorization"), form(body)));
            Reply reply;
            synchronized (replies) {
                reply = replies.size() > 1 ? replies.poll() : replies.peek();
            }
            byte[] out = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("Request-Id", "req_" + seen.size());
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.sendResponseHeaders(reply.status(), out.length);
            exchange.getResponseBody().write(out);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private StripeRefunds stripe(int retries) {
        return new StripeRefunds("sk_test_kaeru", "http://127.0.0.1:" + server.getAddress().getPort(), retries, 5_000);
    }

    private String refund(int retries) {
        RefundProvider.Answer answer = answer(retries);
        assertThat(answer.pending()).as("pending").isFalse();
        return answer.reference();
    }

    private RefundProvider.Answer answer(int retries) {
        return stripe(retries).refund("pi_3OrderPaid", 3000, "JPY", KEY, Map.of("kaeru_refund_id", "17"));
    }

    private void reply(int status, String body, Map<String, String> headers) {
        replies.add(new Reply(status, body, headers));
    }

    private static String refundObject(String status, String failureReason) {
        return """
                {"id": "re_3OrderPaid0001", "object": "refund", "amount": 3000, "balance_transaction": "txn_1",
                 "charge": "ch_3OrderPaid", "created": 1733356800, "currency": "jpy", "metadata": {"kaeru_refund_id": "17"},
                 "payment_intent": "pi_3OrderPaid", "reason": null, "receipt_number": null,
                 "source_transfer_reversal": null, "status": "%s", "failure_reason": %s, "transfer_reversal": null}
                """.formatted(status, failureReason == null ? "null" : "\"" + failureReason + "\"");
    }

    private static String error(String type, String code, String message) {
        return """
                {"error": {"type": "%s", "code": "%s", "message": "%s"}}
                """.formatted(type, code, message);
    }

    @Test
    void succeededRefundIsPaidUnderOurIdempotencyKeyWithTheFormStripeExpects() {
        reply(200, refundObject("succeeded", null), Map.of());

        assertThat(refund(0)).isEqualTo("re_3OrderPaid0001");

        assertThat(seen).hasSize(1);
        Seen request = seen.get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/refunds");
        assertThat(request.idempotencyKey()).isEqualTo(KEY);
        assertThat(request.authorization()).isEqualTo("Bearer sk_test_kaeru");
        // JPY is zero-decimal at Stripe as in Kaeru: the amount goes as it is, the currency in lower case.
        assertThat(request.form()).containsEntry("payment_intent", "pi_3OrderPaid").containsEntry("amount", "3000")
                .containsEntry("currency", "jpy").containsEntry("metadata[kaeru_refund_id]", "17");
    }

    @Test
    void pendingRefundIsTakenButNotYetPaid() {
        reply(200, refundObject("pending", null), Map.of());

        assertThat(answer(0)).isEqualTo(RefundProvider.Answer.pending("re_3OrderPaid0001"));
    }

    @Test
    void aPendingRefundIsAskedAboutByItsIdUntilStripeSettlesIt() {
        reply(200, refundObject("pending", null), Map.of());
        reply(200, refundObject("succeeded", null), Map.of());

        assertThat(stripe(0).retrieve("re_3OrderPaid0001")).isEqualTo(RefundProvider.Answer.pending("re_3OrderPaid0001"));
        assertThat(stripe(0).retrieve("re_3OrderPaid0001")).isEqualTo(RefundProvider.Answer.paid("re_3OrderPaid0001"));

        assertThat(seen).hasSize(2).allSatisfy(r -> {
            assertThat(r.method()).isEqualTo("GET");
            assertThat(r.path()).isEqualTo("/v1/refunds/re_3OrderPaid0001");
            assertThat(r.authorization()).isEqualTo("Bearer sk_test_kaeru");
        });
    }

    @Test
    void aPendingRefundThatTheBankFailsOrStripeCancelsIsARefusal() {
        reply(200, refundObject("failed", "lost_or_stolen_card"), Map.of());
        reply(200, refundObject("canceled", null), Map.of());

        assertThatThrownBy(() -> stripe(0).retrieve("re_3OrderPaid0001"))
                .isInstanceOfSatisfying(RefundNotPaidException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.code()).isEqualTo("lost_or_stolen_card");
                });
        assertThatThrownBy(() -> stripe(0).retrieve("re_3OrderPaid0001"))
                .isInstanceOfSatisfying(RefundNotPaidException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.code()).isEqualTo("canceled");
                });
    }

    @Test
    void askingWhileStripeIsUnreachableIsLeftForALaterQuestion() {
        reply(503, error("api_error", "", "Stripe is temporarily unavailable."), Map.of());

        assertThatThrownBy(() -> stripe(0).retrieve("re_3OrderPaid0001"))
                .isInstanceOfSatisfying(RefundNotPaidException.class, e -> assertThat(e.retryable()).isTrue());
    }

    @Test
    void cardProviderAsksStripeAboutThePendingRefundByTheReferenceItKept() {
        reply(200, refundObject("pending", null), Map.of());
        reply(200, refundObject("succeeded", null), Map.of());
        Refund refund = Refund.request(7, 42, KEY, RefundMethod.ORIGINAL_PAYMENT, 3000, "JPY", null, "op");
        StripeCardProvider provider = provider(Optional.of("pi_3OrderPaid"));

        RefundProvider.Answer sent = provider.send(refund, "hanako@example.jp");
        assertThat(sent.pending()).isTrue();
        refund.providerPending(sent.reference(), new com.kaeru.backend.refunds.domain.RefundBackoff(12, () -> 0.5),
                java.time.Instant.now());

        assertThat(provider.check(refund)).isEqualTo(RefundProvider.Answer.paid("re_3OrderPaid0001"));
        assertThat(seen).extracting(Seen::method, Seen::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("POST", "/v1/refunds"),
                org.assertj.core.groups.Tuple.tuple("GET", "/v1/refunds/re_3OrderPaid0001"));
    }

    @Test
    void failedRefundIsRefusedWithStripesReason() {
        reply(200, refundObject("failed", "expired_or_canceled_card"), Map.of());

        assertThatThrownBy(() -> refund(0)).isInstanceOfSatisfying(RefundNotPaidException.class, e -> {
            assertThat(e.retryable()).isFalse();
            assertThat(e.code()).isEqualTo("expired_or_canceled_card");
        });
    }

    @Test
    void cardErrorIsARefusalThatNoRetryChanges() {
        reply(402, error("card_error", "card_declined", "Your card was declined."), Map.of());

        assertThatThrownBy(() -> refund(2)).isInstanceOfSatisfying(RefundNotPaidException.class, e -> {
            assertThat(e.retryable()).isFalse();
            assertThat(e.code()).isEqualTo("card_declined");
            // called within a staff request, a refusal is that request's 409 problem, not an internal error
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.messageKey()).isEqualTo("problem.refund.provider-refused");
        });
        assertThat(seen).hasSize(1);
    }

    @Test
    void alreadyRefundedChargeIsARefusal() {
        reply(400, error("invalid_request_error", "charge_already_refunded",
                "Charge ch_3OrderPaid has already been refunded."), Map.of());

        assertThatThrownBy(() -> refund(2)).isInstanceOfSatisfying(RefundNotPaidException.class,
                e -> assertThat(e.retryable()).isFalse());
    }

    @Test
    void rateLimitIsRetriedUnderTheSameKeyUntilStripeTakesIt() {
        reply(429, error("invalid_request_error", "rate_limit", "Too many requests hit the API too quickly."),
                Map.of("Stripe-Should-Retry", "true"));
        reply(200, refundObject("succeeded", null), Map.of());

        assertThat(refund(2)).isEqualTo("re_3OrderPaid0001");

        assertThat(seen).hasSize(2).extracting(Seen::idempotencyKey).containsOnly(KEY);
    }

    @Test
    void rateLimitThatOutlastsTheClientsRetriesIsLeftForALaterTry() {
        reply(429, error("invalid_request_error", "rate_limit", "Too many requests hit the API too quickly."), Map.of());

        assertThatThrownBy(() -> refund(0)).isInstanceOfSatisfying(RefundNotPaidException.class, e -> {
            assertThat(e.retryable()).isTrue();
            assertThat(e.code()).isEqualTo("rate_limit");
        });
    }

    @Test
    void serverErrorIsRetriedUnderTheSameKeyThenLeftForALaterTry() {
        reply(500, error("api_error", "", "Something went wrong on Stripe's end."), Map.of());

        assertThatThrownBy(() -> refund(1)).isInstanceOfSatisfying(RefundNotPaidException.class, e -> {
            assertThat(e.retryable()).isTrue();
            assertThat(e.status()).isEqualTo(503);
            assertThat(e.messageKey()).isEqualTo("problem.refund.provider-unavailable");
        });

        assertThat(seen).hasSize(2).extracting(Seen::idempotencyKey).containsOnly(KEY);
    }

    @Test
    void cardProviderRefundsTheOrdersPaymentIntentUnderTheRefundsOwnKey() {
        reply(200, refundObject("succeeded", null), Map.of());
        Refund refund = Refund.request(7, 42, KEY, RefundMethod.ORIGINAL_PAYMENT, 3000, "JPY", null, "op");

        assertThat(provider(Optional.of("pi_3OrderPaid")).pay(refund, "hanako@example.jp")).isEqualTo("re_3OrderPaid0001");

        assertThat(seen).singleElement().satisfies(r -> {
            assertThat(r.idempotencyKey()).isEqualTo(KEY);
            assertThat(r.form()).containsEntry("payment_intent", "pi_3OrderPaid").containsEntry("amount", "3000")
                    .containsEntry("metadata[kaeru_key]", KEY);
        });
    }

    @Test
    void aCollectedUpgradeDifferenceIsPaidBackFromItsOwnPaymentIntentNotTheOrders() {
        reply(200, refundObject("succeeded", null), Map.of());
        Refund refund = Refund.ofCharge(7, 42, "R-000123:UPGRADE-REFUND", 1500, "JPY", "pi_3UpgradeCharge", "staff");

        assertThat(provider(Optional.of("pi_3OrderPaid")).send(refund, "hanako@example.jp").pending()).isFalse();

        assertThat(seen).singleElement().satisfies(r -> {
            assertThat(r.idempotencyKey()).isEqualTo("R-000123:UPGRADE-REFUND");
            assertThat(r.form()).containsEntry("payment_intent", "pi_3UpgradeCharge").containsEntry("amount", "1500");
        });
        assertThat(refund.status()).isEqualTo(com.kaeru.backend.refunds.domain.RefundStatus.REQUESTED);
        assertThat(refund.awaitsManager()).as("Kaeru gives back its own charge: no approval").isFalse();
    }

    @Test
    void aBackoffRetryResendsTheSameKeyButAStaffRetryOfARefusalSendsANewOne() {
        reply(429, error("invalid_request_error", "rate_limit", "Too many requests hit the API too quickly."), Map.of());
        reply(200, refundObject("failed", "expired_or_canceled_card"), Map.of());
        // Stripe replays the failed refund for as long as it sees the same key (24 h); a new key is a new try.
        reply(200, refundObject("succeeded", null), Map.of());
        Refund refund = Refund.request(7, 42, KEY, RefundMethod.ORIGINAL_PAYMENT, 3000, "JPY", null, "op");
        StripeCardProvider provider = provider(Optional.of("pi_3OrderPaid"));
        var backoff = new com.kaeru.backend.refunds.domain.RefundBackoff(12, () -> 0.5);
        java.time.Instant now = java.time.Instant.parse("2026-12-05T12:00:00Z");

        assertThatThrownBy(() -> provider.send(refund, "hanako@example.jp")).isInstanceOfSatisfying(
                RefundNotPaidException.class, e -> refund.notPaid(e.code(), e.retryable(), backoff, now));
        assertThatThrownBy(() -> provider.send(refund, "hanako@example.jp")).isInstanceOfSatisfying(
                RefundNotPaidException.class, e -> refund.notPaid(e.code(), e.retryable(), backoff, now));
        assertThat(refund.status()).isEqualTo(com.kaeru.backend.refunds.domain.RefundStatus.FAILED);
        refund.retry(now);

        assertThat(provider.send(refund, "hanako@example.jp")).isEqualTo(RefundProvider.Answer.paid("re_3OrderPaid0001"));
        assertThat(seen).extracting(Seen::idempotencyKey).as("429, backoff retry, staff retry")
                .containsExactly(KEY, KEY, KEY + ":r1");
        assertThat(seen.get(2).form()).containsEntry("metadata[kaeru_key]", KEY)
                .containsEntry("metadata[kaeru_attempt_key]", KEY + ":r1");
    }

    @Test
    void orderWithoutAPaymentReferenceIsRefusedWithoutCallingStripe() {
        Refund refund = Refund.request(7, 42, KEY, RefundMethod.ORIGINAL_PAYMENT, 3000, "JPY", null, "op");

        assertThatThrownBy(() -> provider(Optional.empty()).pay(refund, "hanako@example.jp"))
                .isInstanceOfSatisfying(RefundNotPaidException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.code()).isEqualTo("no_payment_reference");
                });
        assertThat(seen).isEmpty();
    }

    // --- upgrade exchanges: the price difference charged to the order's card (docs/payments.md) ---------------

    private static final String UPGRADE_KEY = "R-000042:UPGRADE";

    /** A PaymentIntent as Stripe documents it (the fields Kaeru reads, and a few around them). */
    private static String paymentIntent(String id, long amount, String status, String lastPaymentErrorCode) {
        return """
                {"id": "%s", "object": "payment_intent", "amount": %d, "amount_received": %d, "capture_method": "automatic",
                 "client_secret": "%s_secret_x", "confirmation_method": "automatic", "created": 1733356800,
                 "currency": "jpy", "customer": "cus_Hanako", "livemode": false, "metadata": {},
                 "payment_method": "pm_1HanakoCard", "payment_method_types": ["card"], "status": "%s",
                 "last_payment_error": %s}
                """.formatted(id, amount, "succeeded".equals(status) ? amount : 0, id, status,
                lastPaymentErrorCode == null ? "null"
                        : "{\"type\": \"card_error\", \"code\": \"" + lastPaymentErrorCode + "\"}");
    }

    private RefundProvider.Answer charge(int retries) {
        return stripe(retries).charge("pi_3OrderPaid", 1500, "JPY", UPGRADE_KEY, Map.of("kaeru_rma", "R-000042"));
    }

    @Test
    void anUpgradeIsChargedOffSessionToTheCardThatPaidTheOrderUnderOurIdempotencyKey() {
        reply(200, paymentIntent("pi_3OrderPaid", 9800, "succeeded", null), Map.of());
        reply(200, paymentIntent("pi_3Upgrade0001", 1500, "succeeded", null), Map.of());

        assertThat(charge(0)).isEqualTo(RefundProvider.Answer.paid("pi_3Upgrade0001"));

        assertThat(seen).extracting(Seen::method, Seen::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("GET", "/v1/payment_intents/pi_3OrderPaid"),
                org.assertj.core.groups.Tuple.tuple("POST", "/v1/payment_intents"));
        Seen create = seen.get(1);
        assertThat(create.idempotencyKey()).isEqualTo(UPGRADE_KEY);
        assertThat(create.authorization()).isEqualTo("Bearer sk_test_kaeru");
        assertThat(create.form()).containsEntry("amount", "1500").containsEntry("currency", "jpy")
                .containsEntry("customer", "cus_Hanako").containsEntry("payment_method", "pm_1HanakoCard")
                .containsEntry("confirm", "true").containsEntry("off_session", "true")
                .containsEntry("metadata[kaeru_rma]", "R-000042");
    }

    @Test
    void aChargeSentAgainAfterACrashCarriesTheSameKeySoStripeAnswersWithTheFirstPaymentIntent() {
        reply(200, paymentIntent("pi_3OrderPaid", 9800, "succeeded", null), Map.of());
        reply(200, paymentIntent("pi_3Upgrade0001", 1500, "succeeded", null), Map.of());
        reply(200, paymentIntent("pi_3OrderPaid", 9800, "succeeded", null), Map.of());
        reply(200, paymentIntent("pi_3Upgrade0001", 1500, "succeeded", null), Map.of());

        assertThat(charge(0).reference()).isEqualTo("pi_3Upgrade0001");
        assertThat(charge(0).reference()).isEqualTo("pi_3Upgrade0001");

        assertThat(seen).filteredOn(r -> r.method().equals("POST")).hasSize(2).extracting(Seen::idempotencyKey)
                .containsOnly(UPGRADE_KEY);
    }

    @Test
    void aDeclinedOrAuthenticationRequiredChargeIsARefusalForStaffAndTheCustomer() {
        reply(200, paymentIntent("pi_3OrderPaid", 9800, "succeeded", null), Map.of());
        reply(402, """
                {"error": {"type": "card_error", "code": "authentication_required", "decline_code": "authentication_required",
                 "message": "Your card was declined. This transaction requires authentication.",
                 "payment_intent": {"id": "pi_3Upgrade0001", "object": "payment_intent", "status": "requires_payment_method"}}}
                """, Map.of());

        assertThatThrownBy(() -> charge(2)).isInstanceOfSatisfying(RefundNotPaidException.class, e -> {
            assertThat(e.retryable()).isFalse();
            assertThat(e.code()).isEqualTo("authentication_required");
        });
        assertThat(seen).filteredOn(r -> r.method().equals("POST")).as("a refusal is not retried").hasSize(1);
    }

    @Test
    void aChargeLeftNeedingTheCustomerIsARefusalWithStripesCode() {
        reply(200, paymentIntent("pi_3OrderPaid", 9800, "succeeded", null), Map.of());
        reply(200, paymentIntent("pi_3Upgrade0001", 1500, "requires_payment_method", "card_declined"), Map.of());

        assertThatThrownBy(() -> charge(0)).isInstanceOfSatisfying(RefundNotPaidException.class, e -> {
            assertThat(e.retryable()).isFalse();
            assertThat(e.code()).isEqualTo("card_declined");
        });
    }

    @Test
    void aProcessingChargeIsPendingAndAskedAboutByItsIdUntilItSucceeds() {
        reply(200, paymentIntent("pi_3OrderPaid", 9800, "succeeded", null), Map.of());
        reply(200, paymentIntent("pi_3Upgrade0001", 1500, "processing", null), Map.of());
        reply(200, paymentIntent("pi_3Upgrade0001", 1500, "succeeded", null), Map.of());

        assertThat(charge(0)).isEqualTo(RefundProvider.Answer.pending("pi_3Upgrade0001"));
        assertThat(stripe(0).retrieveCharge("pi_3Upgrade0001")).isEqualTo(RefundProvider.Answer.paid("pi_3Upgrade0001"));
        assertThat(seen.get(2).method()).isEqualTo("GET");
        assertThat(seen.get(2).path()).isEqualTo("/v1/payment_intents/pi_3Upgrade0001");
    }

    @Test
    void aServerErrorWhileChargingIsRetriedUnderTheSameKeyThenLeftForALaterTry() {
        reply(200, paymentIntent("pi_3OrderPaid", 9800, "succeeded", null), Map.of());
        reply(500, error("api_error", "", "Something went wrong on Stripe's end."), Map.of());

        assertThatThrownBy(() -> charge(1)).isInstanceOfSatisfying(RefundNotPaidException.class,
                e -> assertThat(e.retryable()).isTrue());
        assertThat(seen).filteredOn(r -> r.method().equals("POST")).hasSize(2).extracting(Seen::idempotencyKey)
                .containsOnly(UPGRADE_KEY);
    }

    @Test
    void cardProviderChargesTheOrdersPaymentUnderThePaymentsProviderKeyWithANewKeyAfterARefusedRetry() {
        reply(200, paymentIntent("pi_3OrderPaid", 9800, "succeeded", null), Map.of());
        reply(200, paymentIntent("pi_3Upgrade0002", 1500, "succeeded", null), Map.of());
        var payment = com.kaeru.backend.refunds.domain.UpgradePayment.request(7, 42, "R-000042", 1500, "JPY",
                "customer", java.time.Instant.now());
        payment.notPaid("card_declined", false, new com.kaeru.backend.refunds.domain.RefundBackoff(12, () -> 0.5),
                java.time.Instant.now());
        assertThat(payment.retry(java.time.Instant.now())).isTrue();

        RefundProvider.Answer answer = provider(Optional.of("pi_3OrderPaid")).collect(payment.charge("R-000042"));

        assertThat(answer).isEqualTo(RefundProvider.Answer.paid("pi_3Upgrade0002"));
        assertThat(seen.get(1).idempotencyKey()).isEqualTo(UPGRADE_KEY + ":r1");
        assertThat(seen.get(1).form()).containsEntry("metadata[kaeru_key]", UPGRADE_KEY)
                .containsEntry("metadata[kaeru_attempt_key]", UPGRADE_KEY + ":r1");
    }

    @Test
    void anOrderWithoutAPaymentReferenceCannotBeChargedAndSaysSo() {
        var payment = com.kaeru.backend.refunds.domain.UpgradePayment.request(7, 42, "R-000042", 1500, "JPY",
                "customer", java.time.Instant.now());

        assertThatThrownBy(() -> provider(Optional.empty()).collect(payment.charge("R-000042")))
                .isInstanceOfSatisfying(RefundNotPaidException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.code()).isEqualTo("no_payment_reference");
                });
        assertThat(seen).isEmpty();
    }

    private StripeCardProvider provider(Optional<String> paymentIntent) {
        StripeCardProvider provider = new StripeCardProvider();
        provider.payments = (shopId, returnId) -> shopId == 7 && returnId == 42 ? paymentIntent : Optional.empty();
        provider.apiKey = Optional.of("sk_test_kaeru");
        provider.apiBase = "http://127.0.0.1:" + server.getAddress().getPort();
        provider.maxNetworkRetries = 0;
        provider.timeoutMillis = 5_000;
        return provider;
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }
}
