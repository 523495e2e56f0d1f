package com.kaeru.admin.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.kaeru.api.webhooks.WebhookAttemptDto;
import com.kaeru.api.webhooks.WebhookEndpointDto;
import com.kaeru.api.webhooks.WebhookEndpointRequest;
import com.kaeru.api.webhooks.WebhookQueuedDto;
import com.kaeru.api.webhooks.WebhookRotationRequest;
import com.kaeru.api.webhooks.WebhookSecretDto;
import com.kaeru.api.webhooks.WebhooksApi;

/**
 * An in-memory webhooks API: refuses plain http like the server does in production, issues
 * numbered secrets, and keeps one failed attempt per endpoint for the log; records replays.
 */
public class FakeWebhooks implements WebhooksApi {
    public final List<WebhookEndpointDto> endpoints = new ArrayList<>();
    public final List<Long> tests = new ArrayList<>();
    public final List<Long> replayed = new ArrayList<>();
    public final List<Long> deleted = new ArrayList<>();
    private int secrets;

    @Override
    public List<String> eventTypes(String slug) {
        return List.of("return.requested", "return.approved", "refund.issued", "stock.changed");
    }

    @Override
    public List<WebhookEndpointDto> list(String slug) {
        return List.copyOf(endpoints);
    }

    @Override
    public WebhookSecretDto create(String slug, WebhookEndpointRequest request) {
        if (!request.url.startsWith("https://")) {
            throw FakeReturns.problem(422, "The webhook URL \"" + request.url + "\" must use https.");
        }
        WebhookEndpointDto created = endpoint(endpoints.size() + 1L, request, null);
        endpoints.add(created);
        return new WebhookSecretDto(created, "whsec_SECRET" + (++secrets));
    }

    private static WebhookEndpointDto endpoint(long id, WebhookEndpointRequest r, Instant rotationEndsAt) {
        boolean on = r.enabled == null || r.enabled;
        return new WebhookEndpointDto(id, r.url, r.description, r.eventTypes, on, on ? null : "MANUAL", null,
                rotationEndsAt, "sakura-manager", Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"));
    }

    @Override
    public WebhookEndpointDto get(String slug, long id) {
        return endpoints.stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    @Override
    public WebhookEndpointDto update(String slug, long id, WebhookEndpointRequest request) {
        WebhookEndpointDto updated = endpoint(id, request, null);
        endpoints.replaceAll(e -> e.id() == id ? updated : e);
        return updated;
    }

    @Override
    public void delete(String slug, long id) {
        deleted.add(id);
        endpoints.removeIf(e -> e.id() == id);
    }

    @Override
    public WebhookSecretDto rotate(String slug, long id, WebhookRotationRequest request) {
        WebhookEndpointDto e = get(slug, id);
        WebhookEndpointDto rotating = new WebhookEndpointDto(e.id(), e.url(), e.description(), e.eventTypes(),
                e.enabled(), e.disabledReason(), e.disabledAt(), Instant.now().plusSeconds(3600L * request.overlapHours),
                e.createdBy(), e.createdAt(), Instant.now());
        endpoints.replaceAll(x -> x.id() == id ? rotating : x);
        return new WebhookSecretDto(rotating, "whsec_SECRET" + (++secrets));
    }

    @Override
    public WebhookQueuedDto test(String slug, long id) {
        tests.add(id);
        return new WebhookQueuedDto(100 + id, "msg_test", "webhook.test");
    }

    @Override
    public List<WebhookAttemptDto> attempts(String slug, long id, int limit) {
        return List.of(new WebhookAttemptDto(10 * id, 100 + id, "msg_abc", "return.approved", "EVENT", "PENDING",
                Instant.parse("2026-12-04T03:00:00Z"), "webhook-id: msg_abc", "{\"type\":\"return.approved\"}", 500,
                "oops", 1234, null));
    }

    @Override
    public WebhookQueuedDto replay(String slug, long id, long attemptId) {
        replayed.add(attemptId);
        return new WebhookQueuedDto(200, "msg_abc", "return.approved");
    }
}
