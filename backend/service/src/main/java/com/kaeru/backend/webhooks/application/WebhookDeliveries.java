package com.kaeru.backend.webhooks.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import com.kaeru.backend.platform.persistence.TenantSession;
import com.kaeru.backend.webhooks.domain.Delivery;
import com.kaeru.backend.webhooks.domain.Endpoint;
import com.kaeru.backend.webhooks.domain.RetrySchedule;
import com.kaeru.backend.webhooks.domain.WebhookRepository;
import com.kaeru.backend.webhooks.domain.WebhookTransport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The sender's database steps, each a short transaction of its own bound to the shop: claim
 * endpoints, take the next due delivery, record an attempt and decide what follows. Nothing here
 * waits for the network.
 */
@ApplicationScoped
public class WebhookDeliveries {
    /** How long a claimed endpoint stays with its worker: longer than one request can take. */
    static final Duration LEASE = Duration.ofMinutes(2);

    /** A delivery to send, with the endpoint as it is now (URL and secrets). */
    public record Dispatch(Delivery delivery, Endpoint endpoint) {
    }

    /** What an attempt led to. */
    public enum Outcome { SUCCEEDED, RETRY, FAILED, DISABLED_GONE, DISABLED_FAILING }

    @Inject
    TenantSession tenantSession;
    @Inject
    WebhookRepository repository;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> claim(long shopId, Instant now, int limit) {
        tenantSession.bind(shopId);
        return repository.claimEndpoints(shopId, now, limit, now.plus(LEASE));
    }

    /** The shops with deliveries due now (one read across shops in a transaction of its own). */
    public List<Long> dueShops(Instant now) {
        return repository.shopsWithDueDeliveries(now);
    }

    /** The claimed endpoint's oldest due deliveries (at most {@code limit}), its lease extended while any are due. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Dispatch> next(long shopId, long endpointId, Instant now, int limit) {
        tenantSession.bind(shopId);
        Optional<Endpoint> endpoint = repository.endpoint(shopId, endpointId);
        if (endpoint.isEmpty()) {
            return List.of();
        }
        List<Delivery> due = repository.due(shopId, endpointId, now, limit);
        if (!due.isEmpty()) {
            repository.extendLease(shopId, endpointId, now.plus(LEASE));
        }
        return due.stream().map(d -> new Dispatch(d, endpoint.get())).toList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(long shopId, long endpointId) {
        tenantSession.bind(shopId);
        repository.releaseEndpoint(shopId, endpointId);
    }

    /**
     * Logs the attempt and moves the delivery on: 2xx succeeded; 410 disables the endpoint; a test
     * or replay is not retried; an event is retried on {@link RetrySchedule} (or the receiver's
     * Retry-After) and, when the schedule is used up, fails and disables the endpoint.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome record(long shopId, Dispatch dispatch, Instant at, String requestHeaders,
                          WebhookTransport.Response response, String error, Instant now) {
        tenantSession.bind(shopId);
        Delivery d = dispatch.delivery();
        int attempts = d.attempts() + 1;
        repository.recordAttempt(shopId, d, at, requestHeaders, response.status() == 0 ? null : response.status(),
                response.status() == 0 ? null : response.excerpt(),
                (int) Math.min(Integer.MAX_VALUE, response.latency().toMillis()),
                error != null ? error : response.status() == 0 ? response.excerpt() : null);
        if (response.success()) {
            repository.succeeded(shopId, d.id(), attempts, now);
            return Outcome.SUCCEEDED;
        }
        if (response.status() == 410) {
            repository.failed(shopId, d.id(), attempts, now);
            return repository.disable(shopId, d.endpointId(), "GONE", now) ? Outcome.DISABLED_GONE : Outcome.FAILED;
        }
        if (!d.retried()) {
            repository.failed(shopId, d.id(), attempts, now);
            return Outcome.FAILED;
        }
        Optional<Duration> delay = RetrySchedule.next(attempts,
                RetrySchedule.parseRetryAfter(response.retryAfter(), now), ThreadLocalRandom.current());
        if (delay.isPresent()) {
            repository.retryAt(shopId, d.id(), attempts, now.plus(delay.get()));
            return Outcome.RETRY;
        }
        repository.failed(shopId, d.id(), attempts, now);
        return repository.disable(shopId, d.endpointId(), "FAILING", now) ? Outcome.DISABLED_FAILING : Outcome.FAILED;
    }
}
