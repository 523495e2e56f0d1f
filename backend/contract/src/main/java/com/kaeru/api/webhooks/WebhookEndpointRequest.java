package com.kaeru.api.webhooks;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** An endpoint as a manager registers or changes it. */
public final class WebhookEndpointRequest {
    /** https (http only to localhost when Kaeru runs in development mode). */
    @NotBlank
    @Size(max = 2000)
    public String url;

    @Size(max = 200)
    public String description;

    /** Dotted event types (GET .../webhooks/event-types), at least one. */
    @NotEmpty
    @Size(max = 60)
    public List<@NotBlank String> eventTypes;

    /** Off: nothing is queued for it; on again: it receives what is queued and new events. Default on. */
    public Boolean enabled;

    public WebhookEndpointRequest() {
    }

    public WebhookEndpointRequest(String url, String description, List<String> eventTypes, Boolean enabled) {
        this.url = url;
        this.description = description;
        this.eventTypes = eventTypes;
        this.enabled = enabled;
    }
}
