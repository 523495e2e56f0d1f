package com.kaeru.backend.webhooks.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import com.kaeru.api.events.EventType;
import org.junit.jupiter.api.Test;

/** Every typed event has a published dotted name (a new event must be added to the mapping and docs/webhooks.md). */
class WebhookEventTypesTest {
    @Test
    void everyTypedEventIsMappedOnceToADottedName() {
        assertThat(WebhookEventTypes.byWireName().keySet())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(EventType.values()).map(EventType::wireName).toList());
        assertThat(WebhookEventTypes.all()).doesNotHaveDuplicates()
                .allMatch(t -> t.matches("[a-z]+\\.[a-z_]+"))
                .contains("return.requested", "return.approved", "return.received", "return.graded", "return.completed",
                        "refund.issued", "exchange.backordered", "exchange.shipped", "stock.changed");
        assertThat(WebhookEventTypes.of("LineGraded")).contains("return.graded");
        assertThat(WebhookEventTypes.of("REORDER_DIGEST")).isEmpty();
    }
}
