package com.kaeru.backend.webhooks.application;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import com.kaeru.backend.webhooks.domain.WebhookSignature;
import com.kaeru.backend.webhooks.domain.WebhookTransport;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends one claimed endpoint's due deliveries outside any transaction, up to
 * {@code kaeru.webhooks.in-flight-per-endpoint} (default 4) requests at once: the Standard Webhooks
 * specification promises no order and the receiver deduplicates by {@code webhook-id}, and one
 * request at a time capped an endpoint at about 20 deliveries a second, fewer than a sale day's
 * returns. Each request is signed for the moment it leaves (a fresh {@code webhook-timestamp},
 * every valid secret), its host resolved and checked again, and its result recorded in a short
 * transaction of its own.
 */
@ApplicationScoped
public class WebhookSender {
    private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());
    /**
     * How long one claim keeps sending before the endpoint goes back to the queue, so other endpoints get
     * their turn: about the scheduler's tick, so a busy endpoint is sent to without a gap between ticks
     * (a fixed 20 per claim once capped an endpoint at 20 deliveries a second, less than a sale day's
     * submissions). A receiver that hangs still ends its claim after one request's timeout.
     */
    static final java.time.Duration PER_CLAIM = java.time.Duration.ofMillis(1500);
    /** And at most this many per claim. */
    static final int MAX_PER_CLAIM = 500;

    @Inject
    WebhookDeliveries deliveries;
    @Inject
    WebhookTransport transport;
    @Inject
    WebhookGuard guard;
    @Inject
    WebhookAlerts alerts;
    @Inject
    @ConfigProperty(name = "kaeru.webhooks.in-flight-per-endpoint", defaultValue = "4")
    int inFlight;
    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    private ExecutorService parallel;

    @PostConstruct
    void start() {
        parallel = Executors.newCachedThreadPool(threads);
    }

    @PreDestroy
    void stop() {
        parallel.shutdownNow();
    }

    /**
     * Sends until nothing is due, {@link #PER_CLAIM} has passed or {@link #MAX_PER_CLAIM} were sent,
     * then releases the endpoint.
     *
     * @return how many deliveries were attempted
     */
    public int drain(long shopId, long endpointId) {
        int sent = 0;
        try {
            Instant until = Instant.now().plus(PER_CLAIM);
            while (sent < MAX_PER_CLAIM && (sent == 0 || Instant.now().isBefore(until))) {
                List<WebhookDeliveries.Dispatch> due = deliveries.next(shopId, endpointId, Instant.now(),
                        Math.max(1, Math.min(inFlight, MAX_PER_CLAIM - sent)));
                if (due.isEmpty()) {
                    break;
                }
                sendAll(shopId, due);
                sent += due.size();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Webhook endpoint " + endpointId + " of shop " + shopId + " stopped; the lease "
                    + "runs out and another worker picks it up", e);
        } finally {
            try {
                deliveries.release(shopId, endpointId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not release webhook endpoint " + endpointId + "; its lease runs out", e);
            }
        }
        return sent;
    }

    /** The first on this thread, the others beside it; returns when all are recorded. */
    private void sendAll(long shopId, List<WebhookDeliveries.Dispatch> due) {
        List<CompletableFuture<Void>> others = due.subList(1, due.size()).stream()
                .map(dispatch -> CompletableFuture.runAsync(() -> send(shopId, dispatch), parallel)).toList();
        send(shopId, due.get(0));
        try {
            CompletableFuture.allOf(others.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void send(long shopId, WebhookDeliveries.Dispatch dispatch) {
        Instant at = Instant.now();
        long timestamp = at.getEpochSecond();
        var delivery = dispatch.delivery();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "application/json");
        headers.put("user-agent", "Kaeru-Webhooks/1");
        headers.put("webhook-id", delivery.messageId());
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", WebhookSignature.header(dispatch.endpoint().signingSecrets(at),
                delivery.messageId(), timestamp, delivery.payload()));
        String headerLog = headers.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("\n"));
        URI url = URI.create(dispatch.endpoint().url());
        Optional<String> refusal = guard.addressRefusal(url.getHost());
        WebhookTransport.Response response = refusal.isPresent()
                ? new WebhookTransport.Response(0, null, null, Duration.ZERO)
                : transport.post(url, headers, delivery.payload());
        String error = refusal.map(r -> "address refused (" + r + "): not sent").orElse(null);
        WebhookDeliveries.Outcome outcome = deliveries.record(shopId, dispatch, at, headerLog, response, error,
                Instant.now());
        if (outcome == WebhookDeliveries.Outcome.DISABLED_GONE || outcome == WebhookDeliveries.Outcome.DISABLED_FAILING) {
            try {
                alerts.endpointDisabled(shopId, dispatch.endpoint().id(), dispatch.endpoint().url(),
                        outcome == WebhookDeliveries.Outcome.DISABLED_GONE ? "GONE" : "FAILING");
            } catch (RuntimeException e) {
                // The endpoint is off either way; the console shows it. Only the e-mail is lost.
                LOG.log(Level.WARNING, "Could not tell the managers of shop " + shopId + " that webhook endpoint "
                        + dispatch.endpoint().id() + " was disabled", e);
            }
        }
    }
}
