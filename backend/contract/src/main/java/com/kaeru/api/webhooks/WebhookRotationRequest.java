package com.kaeru.api.webhooks;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** How long the old secret keeps signing next to the new one (hours, 0 to 168; default 24). */
public final class WebhookRotationRequest {
    @Min(0)
    @Max(168)
    public Integer overlapHours;

    public WebhookRotationRequest() {
    }

    public WebhookRotationRequest(Integer overlapHours) {
        this.overlapHours = overlapHours;
    }
}
