package com.kaeru.backend.webhooks.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.kaeru.backend.platform.persistence.TenantSession;
import com.kaeru.backend.webhooks.domain.Attempt;
import com.kaeru.backend.webhooks.domain.Delivery;
import com.kaeru.backend.webhooks.domain.Endpoint;
import com.kaeru.backend.webhooks.domain.RetrySchedule;
import com.kaeru.backend.webhooks.domain.WebhookRepository;
import com.kaeru.backend.webhooks.domain.WebhookTransport;
import org.junit.jupiter.api.Test;

/** What an attempt leads to: the decisions of {@link WebhookDeliveries#record}, over a recording repository. */
class WebhookDeliveriesTest {
    private static final Instant NOW = Instant.parse("2026-12-05T00:00:00Z");
    private final Recording repository = new Recording();
    private final WebhookDeliveries deliveries = new WebhookDeliveries();

    WebhookDeliveriesTest() {
        deliveries.repository = repository;
        deliveries.tenantSession = new TenantSession() {
            @Override
            public void bind(long shopId) {
            }
        };
    }

    private WebhookDeliveries.Outcome answer(String kind, int attemptsBefore, int status, String retryAfter) {
        Delivery d = new Delivery(5, 9, "msg_x", UUID.randomUUID(), "stock.changed", "{}", kind, "PENDING",
                attemptsBefore, NOW, NOW);
        Endpoint e = new Endpoint(9, 1, "https://example.com", null, List.of("stock.changed"), true, null, null,
                "whsec_AAAA", null, null, "t", NOW, NOW);
        return deliveries.record(1, new WebhookDeliveries.Dispatch(d, e), NOW, "webhook-id: msg_x",
                new WebhookTransport.Response(status, status == 0 ? "timeout after 15 s" : "body", retryAfter,
                        Duration.ofMillis(42)), null, NOW);
    }

    @Test
    void onlyA2xxSucceeds() {
        assertThat(answer(Delivery.EVENT, 0, 204, null)).isEqualTo(WebhookDeliveries.Outcome.SUCCEEDED);
        assertThat(repository.log).containsExactly("attempt 204 42ms", "succeeded 1");
        repository.log.clear();
        assertThat(answer(Delivery.EVENT, 0, 302, null)).isEqualTo(WebhookDeliveries.Outcome.RETRY);
        assertThat(repository.log).containsExactly("attempt 302 42ms", "retry 1 at +4..6s");
    }

    @Test
    void aTimeoutIsLoggedAsAnErrorAndRetriedWhileRetryAfterSetsTheDelay() {
        assertThat(answer(Delivery.EVENT, 2, 0, null)).isEqualTo(WebhookDeliveries.Outcome.RETRY);
        assertThat(repository.log.get(0)).isEqualTo("attempt none error=timeout after 15 s");
        repository.log.clear();
        assertThat(answer(Delivery.EVENT, 0, 503, "120")).isEqualTo(WebhookDeliveries.Outcome.RETRY);
        assertThat(repository.log).contains("retry 1 at +120s");
    }

    @Test
    void theLastFailedAttemptFailsTheMessageAndDisablesTheEndpoint() {
        assertThat(answer(Delivery.EVENT, RetrySchedule.MAX_ATTEMPTS - 1, 500, null))
                .isEqualTo(WebhookDeliveries.Outcome.DISABLED_FAILING);
        assertThat(repository.log).contains("failed " + RetrySchedule.MAX_ATTEMPTS, "disable 9 FAILING");
    }

    @Test
    void goneDisablesAtOnceAndManualSendsAreNotRetried() {
        assertThat(answer(Delivery.EVENT, 0, 410, null)).isEqualTo(WebhookDeliveries.Outcome.DISABLED_GONE);
        assertThat(repository.log).contains("failed 1", "disable 9 GONE");
        repository.log.clear();
        assertThat(answer(Delivery.REPLAY, 0, 500, null)).isEqualTo(WebhookDeliveries.Outcome.FAILED);
        assertThat(repository.log).containsExactly("attempt 500 42ms", "failed 1");
    }

    /** Records the calls the decisions make. */
    static final class Recording implements WebhookRepository {
        final List<String> log = new ArrayList<>();

        @Override
        public void recordAttempt(long shopId, Delivery delivery, Instant at, String requestHeaders, Integer status,
                                  String excerpt, int latencyMs, String error) {
            log.add(status == null ? "attempt none error=" + error : "attempt " + status + " " + latencyMs + "ms");
        }

        @Override
        public void succeeded(long shopId, long deliveryId, int attempts, Instant now) {
            log.add("succeeded " + attempts);
        }

        @Override
        public void retryAt(long shopId, long deliveryId, int attempts, Instant next) {
            long s = Duration.between(NOW, next).toSeconds();
            log.add("retry " + attempts + " at " + (attempts == 1 && s >= 4 && s <= 6 ? "+4..6s" : "+" + s + "s"));
        }

        @Override
        public void failed(long shopId, long deliveryId, int attempts, Instant now) {
            log.add("failed " + attempts);
        }

        @Override
        public boolean disable(long shopId, long id, String reason, Instant now) {
            log.add("disable " + id + " " + reason);
            return true;
        }

        @Override
        public List<Endpoint> endpoints(long shopId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int insertEventDeliveries(long shopId, java.util.UUID eventId, String dottedType, String payload,
                                         Instant dueAt) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Endpoint> endpoint(long shopId, long id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long insertEndpoint(long shopId, String url, String description, List<String> eventTypes, String secret,
                                   String createdBy, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void updateEndpoint(long shopId, long id, String url, String description, List<String> eventTypes,
                                   boolean enabled, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void rotateSecret(long shopId, long id, String newSecret, Instant previousUntil, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void deleteEndpoint(long shopId, long id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean anySubscribed(long shopId, String dottedType) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Long> insertDelivery(long shopId, long endpointId, String messageId, UUID eventId,
                                             String eventType, String payload, String kind, Instant dueAt) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Delivery> delivery(long shopId, long id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Long> claimEndpoints(long shopId, Instant now, int limit, Instant leaseUntil) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Long> shopsWithDueDeliveries(Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Delivery> due(long shopId, long endpointId, Instant now, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void extendLease(long shopId, long endpointId, Instant leaseUntil) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void releaseEndpoint(long shopId, long endpointId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Attempt> attempts(long shopId, long endpointId, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Attempt> attempt(long shopId, long attemptId) {
            throw new UnsupportedOperationException();
        }
    }
}
