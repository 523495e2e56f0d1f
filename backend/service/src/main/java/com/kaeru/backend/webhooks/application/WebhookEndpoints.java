package com.kaeru.backend.webhooks.application;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;

import com.kaeru.api.webhooks.WebhookAttemptDto;
import com.kaeru.api.webhooks.WebhookEndpointDto;
import com.kaeru.api.webhooks.WebhookEndpointRequest;
import com.kaeru.api.webhooks.WebhookQueuedDto;
import com.kaeru.api.webhooks.WebhookSecretDto;
import com.kaeru.backend.access.application.Caller;
import com.kaeru.backend.access.application.ShopAccess;
import com.kaeru.backend.access.domain.Permission;
import com.kaeru.backend.audit.application.AuditTrail;
import com.kaeru.backend.platform.errors.InvalidValueException;
import com.kaeru.backend.platform.errors.NotFoundException;
import com.kaeru.backend.tenancy.domain.Shop;
import com.kaeru.backend.webhooks.domain.Attempt;
import com.kaeru.backend.webhooks.domain.Delivery;
import com.kaeru.backend.webhooks.domain.Endpoint;
import com.kaeru.backend.webhooks.domain.WebhookEventTypes;
import com.kaeru.backend.webhooks.domain.WebhookRepository;
import com.kaeru.backend.webhooks.domain.WebhookSecret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Managing a shop's endpoints is a shop setting (MANAGE_SETTINGS): the attempt log holds customer
 * data and the endpoints decide where it goes. Every change is audited (entity WEBHOOK); secrets are
 * returned only when made and never written to the audit trail.
 */
@ApplicationScoped
public class WebhookEndpoints {
    static final String AUDIT_ENTITY = "WEBHOOK";
    static final int DEFAULT_OVERLAP_HOURS = 24;

    @Inject
    ShopAccess access;
    @Inject
    Caller caller;
    @Inject
    AuditTrail audit;
    @Inject
    WebhookRepository repository;
    @Inject
    WebhookGuard guard;
    @Inject
    Event<DeliveriesQueued> queued;

    @Transactional
    public List<String> eventTypes(String slug) {
        access.enter(slug, Permission.MANAGE_SETTINGS);
        return WebhookEventTypes.all();
    }

    @Transactional
    public List<WebhookEndpointDto> list(String slug) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        return repository.endpoints(shop.id()).stream().map(WebhookEndpoints::dto).toList();
    }

    @Transactional
    public WebhookEndpointDto get(String slug, long id) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        return dto(endpoint(shop, id));
    }

    @Transactional
    public WebhookSecretDto create(String slug, WebhookEndpointRequest request) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        String url = checkedUrl(request.url);
        List<String> types = checkedTypes(request.eventTypes);
        String secret = WebhookSecret.generate();
        Instant now = Instant.now();
        long id = repository.insertEndpoint(shop.id(), url, blankToNull(request.description), types, secret,
                caller.username(), now);
        if (Boolean.FALSE.equals(request.enabled)) {
            repository.updateEndpoint(shop.id(), id, url, blankToNull(request.description), types, false, now);
        }
        audit(shop, id, "WEBHOOK_ENDPOINT_CREATED", url + " " + String.join(",", types), now);
        return new WebhookSecretDto(dto(endpoint(shop, id)), secret);
    }

    @Transactional
    public WebhookEndpointDto update(String slug, long id, WebhookEndpointRequest request) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        Endpoint before = endpoint(shop, id);
        String url = checkedUrl(request.url);
        List<String> types = checkedTypes(request.eventTypes);
        boolean enabled = request.enabled == null ? before.enabled() : request.enabled;
        Instant now = Instant.now();
        repository.updateEndpoint(shop.id(), id, url, blankToNull(request.description), types, enabled, now);
        audit(shop, id, "WEBHOOK_ENDPOINT_CHANGED", url + " " + String.join(",", types) + (enabled ? "" : " (off)"), now);
        return dto(endpoint(shop, id));
    }

    @Transactional
    public void delete(String slug, long id) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        Endpoint endpoint = endpoint(shop, id);
        repository.deleteEndpoint(shop.id(), id);
        audit(shop, id, "WEBHOOK_ENDPOINT_DELETED", endpoint.url(), Instant.now());
    }

    @Transactional
    public WebhookSecretDto rotate(String slug, long id, Integer overlapHours) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        endpoint(shop, id);
        Instant now = Instant.now();
        int hours = overlapHours == null ? DEFAULT_OVERLAP_HOURS : overlapHours;
        String secret = WebhookSecret.generate();
        repository.rotateSecret(shop.id(), id, secret, now.plus(Duration.ofHours(hours)), now);
        audit(shop, id, "WEBHOOK_SECRET_ROTATED", "previous secret signs for " + hours + " h", now);
        return new WebhookSecretDto(dto(endpoint(shop, id)), secret);
    }

    @Transactional
    public WebhookQueuedDto test(String slug, long id) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        endpoint(shop, id);
        Instant now = Instant.now();
        String messageId = "msg_test_" + java.util.UUID.randomUUID().toString().replace("-", "");
        long delivery = repository.insertDelivery(shop.id(), id, messageId, null, WebhookEventTypes.TEST,
                WebhookMessages.testBody(shop.slug().value(), now), Delivery.TEST, now).orElseThrow();
        queued.fire(new DeliveriesQueued(shop.id()));
        return new WebhookQueuedDto(delivery, messageId, WebhookEventTypes.TEST);
    }

    @Transactional
    public List<WebhookAttemptDto> attempts(String slug, long id, int limit) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        endpoint(shop, id);
        return repository.attempts(shop.id(), id, Math.max(1, Math.min(limit, 200))).stream()
                .map(WebhookEndpoints::dto).toList();
    }

    /** A new delivery of the attempt's message: same webhook-id and body, sent once, now. */
    @Transactional
    public WebhookQueuedDto replay(String slug, long id, long attemptId) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        endpoint(shop, id);
        Attempt attempt = repository.attempt(shop.id(), attemptId).filter(a -> a.endpointId() == id)
                .orElseThrow(() -> new NotFoundException("problem.not-found.webhook-attempt", attemptId));
        Delivery original = repository.delivery(shop.id(), attempt.deliveryId()).orElseThrow();
        Instant now = Instant.now();
        long delivery = repository.insertDelivery(shop.id(), id, original.messageId(), original.eventId(),
                original.eventType(), original.payload(), Delivery.REPLAY, now).orElseThrow();
        audit(shop, id, "WEBHOOK_MESSAGE_REPLAYED", original.messageId(), now);
        queued.fire(new DeliveriesQueued(shop.id()));
        return new WebhookQueuedDto(delivery, original.messageId(), original.eventType());
    }

    private Endpoint endpoint(Shop shop, long id) {
        return repository.endpoint(shop.id(), id)
                .orElseThrow(() -> new NotFoundException("problem.not-found.webhook-endpoint", id));
    }

    private String checkedUrl(String url) {
        String u = url.strip();
        guard.refusal(u).ifPresent(reason -> {
            throw new InvalidValueException("problem.webhook.target." + reason, u);
        });
        return u;
    }

    private static List<String> checkedTypes(List<String> types) {
        LinkedHashSet<String> set = new LinkedHashSet<>();
        for (String t : types) {
            String type = t.strip();
            if (!WebhookEventTypes.known(type)) {
                throw new InvalidValueException("problem.webhook.unknown-type", type);
            }
            set.add(type);
        }
        return List.copyOf(set);
    }

    private void audit(Shop shop, long id, String action, String detail, Instant now) {
        audit.record(shop.id(), AUDIT_ENTITY, Long.toString(id), action, null, null, caller.username(), detail, now);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static WebhookEndpointDto dto(Endpoint e) {
        Instant rotationEnds = e.previousSecretUntil() != null && e.previousSecretUntil().isAfter(Instant.now())
                ? e.previousSecretUntil() : null;
        return new WebhookEndpointDto(e.id(), e.url(), e.description(), e.eventTypes(), e.enabled(), e.disabledReason(),
                e.disabledAt(), rotationEnds, e.createdBy(), e.createdAt(), e.updatedAt());
    }

    static WebhookAttemptDto dto(Attempt a) {
        return new WebhookAttemptDto(a.id(), a.deliveryId(), a.messageId(), a.eventType(), a.kind(), a.deliveryStatus(),
                a.attemptedAt(), a.requestHeaders(), a.requestBody(), a.responseStatus(), a.responseExcerpt(),
                a.latencyMs(), a.error());
    }
}
