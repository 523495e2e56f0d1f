package com.kaeru.backend.webhooks.api;

import java.util.List;

import com.kaeru.api.webhooks.WebhookAttemptDto;
import com.kaeru.api.webhooks.WebhookEndpointDto;
import com.kaeru.api.webhooks.WebhookEndpointRequest;
import com.kaeru.api.webhooks.WebhookQueuedDto;
import com.kaeru.api.webhooks.WebhookRotationRequest;
import com.kaeru.api.webhooks.WebhookSecretDto;
import com.kaeru.api.webhooks.WebhooksApi;
import com.kaeru.backend.platform.web.RequestBodies;
import com.kaeru.backend.webhooks.application.WebhookEndpoints;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@RequestScoped
@SecurityRequirement(name = "bearer")
public class WebhooksResource implements WebhooksApi {
    @Inject
    WebhookEndpoints endpoints;
    @Inject
    RequestBodies bodies;

    @Override
    public List<String> eventTypes(String slug) {
        return endpoints.eventTypes(slug);
    }

    @Override
    public List<WebhookEndpointDto> list(String slug) {
        return endpoints.list(slug);
    }

    @Override
    public WebhookSecretDto create(String slug, WebhookEndpointRequest request) {
        return endpoints.create(slug, bodies.validated(request));
    }

    @Override
    public WebhookEndpointDto get(String slug, long id) {
        return endpoints.get(slug, id);
    }

    @Override
    public WebhookEndpointDto update(String slug, long id, WebhookEndpointRequest request) {
        return endpoints.update(slug, id, bodies.validated(request));
    }

    @Override
    public void delete(String slug, long id) {
        endpoints.delete(slug, id);
    }

    @Override
    public WebhookSecretDto rotate(String slug, long id, WebhookRotationRequest request) {
        WebhookRotationRequest r = request == null ? new WebhookRotationRequest() : bodies.validated(request);
        return endpoints.rotate(slug, id, r.overlapHours);
    }

    @Override
    public WebhookQueuedDto test(String slug, long id) {
        return endpoints.test(slug, id);
    }

    @Override
    public List<WebhookAttemptDto> attempts(String slug, long id, int limit) {
        return endpoints.attempts(slug, id, limit);
    }

    @Override
    public WebhookQueuedDto replay(String slug, long id, long attemptId) {
        return endpoints.replay(slug, id, attemptId);
    }
}
