package com.kaeru.backend.webhooks.application;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import com.kaeru.backend.webhooks.domain.WebhookSignature;
import com.kaeru.backend.webhooks.domain.WebhookTransport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Sends one claimed endpoint's due deliveries, one request at a time, on a worker thread and
 * outside any transaction: each request is signed for the moment it leaves (a fresh
 * {@code webhook-timestamp}, every valid secret), its host resolved and checked again, and its
 * result recorded in a short transaction of its own.
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

    public void drain(long shopId, long endpointId) {
        try {
            Instant until = Instant.now().plus(PER_CLAIM);
            for (int i = 0; i < MAX_PER_CLAIM && (i == 0 || Instant.now().isBefore(until)); i++) {
                Optional<WebhookDeliveries.Dispatch> next = deliveries.next(shopId, endpointId, Instant.now());
                if (next.isEmpty()) {
                    break;
                }
                send(shopId, next.get());
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
