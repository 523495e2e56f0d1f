package com.kaeru.backend.notifications.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.kaeru.api.events.Customer;
import com.kaeru.api.events.CustomerQuestionAsked;
import com.kaeru.api.events.EventType;
import com.kaeru.api.events.RefundIssued;
import com.kaeru.api.events.ReturnRejected;
import com.kaeru.backend.events.application.EventJson;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.Test;

/**
 * E-mail is one consumer of the typed events, and must send what it sent when the outbox held
 * hand-made maps: the template variables of a typed payload contain every key and value the old
 * map had (the customer's address and language at the top level), under the same template key.
 */
class EmailConsumerTest {
    private static final Customer CUSTOMER = new Customer("hanako@example.jp", "ja");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> variables(Object payload) {
        // as the worker reads it: stored JSON back into a map
        return EmailConsumer.variables(JsonbBuilder.create().fromJson(EventJson.json(
                (com.kaeru.api.events.EventPayload) payload), Map.class));
    }

    @Test
    void aRefundMailGetsTheVariablesTheOldOutboxMapHad() {
        Map<String, Object> vars = variables(new RefundIssued("R-000123", CUSTOMER, 9001, "GIFT_CODE", 3600, "JPY",
                "GIFT-1"));
        assertThat(vars).containsEntry("rma", "R-000123").containsEntry("currency", "JPY")
                .containsEntry("method", "GIFT_CODE").containsEntry("reference", "GIFT-1")
                .containsEntry("email", "hanako@example.jp").containsEntry("language", "ja")
                .doesNotContainKey("customer");
        assertThat(((Number) vars.get("amountMinor")).longValue()).isEqualTo(3600);
    }

    @Test
    void statusAndQuestionMailsKeepTheirReasonAndQuestion() {
        assertThat(variables(new ReturnRejected("R-1", CUSTOMER, "NEEDS_REVIEW", "REJECTED", "期間外です")))
                .containsEntry("status", "REJECTED").containsEntry("reason", "期間外です").containsEntry("rma", "R-1");
        assertThat(variables(new CustomerQuestionAsked("R-1", CUSTOMER, 2, "写真を？")))
                .containsEntry("question", "写真を？").containsEntry("email", "hanako@example.jp");
    }

    @Test
    void everyEventThatHadAnEmailTemplateStillMapsToThatTemplateKey() {
        assertThat(EmailComposer.events()).allSatisfy(template ->
                assertThat(EmailConsumer.TEMPLATE_KEYS).containsValue(template));
        assertThat(EmailConsumer.TEMPLATE_KEYS.keySet())
                .allSatisfy(type -> assertThat(EventType.byWireName(type)).isPresent());
        assertThat(EmailConsumer.TEMPLATE_KEYS).containsEntry("ReturnLabelIssued", "RETURN_AWAITING_SHIPMENT")
                .containsEntry("ReturnHeldForReview", "RETURN_NEEDS_REVIEW")
                .containsEntry("CustomerQuestionAsked", "INFO_REQUESTED");
    }
}
