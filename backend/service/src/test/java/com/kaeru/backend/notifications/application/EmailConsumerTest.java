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
        java.util.Set<String> reached = new java.util.HashSet<>(EmailConsumer.TEMPLATE_KEYS.values());
        for (var choice : com.kaeru.api.returns.BackorderChoice.values()) {
            reached.add(EmailConsumer.templateKey("BackorderChoiceMade", Map.of("choice", choice.name())));
        }
        assertThat(EmailComposer.events()).allSatisfy(template -> assertThat(reached).contains(template));
        assertThat(EmailConsumer.TEMPLATE_KEYS.keySet())
                .allSatisfy(type -> assertThat(EventType.byWireName(type)).isPresent());
        assertThat(EmailConsumer.TEMPLATE_KEYS).containsEntry("ReturnLabelIssued", "RETURN_AWAITING_SHIPMENT")
                .containsEntry("ReturnHeldForReview", "RETURN_NEEDS_REVIEW")
                .containsEntry("CustomerQuestionAsked", "INFO_REQUESTED");
    }

    @Test
    void eachBackorderChoiceHasItsOwnTemplateAndTheCouponMailCarriesItsCode() {
        assertThat(EmailConsumer.templateKey("BackorderChoiceMade", Map.of("choice", "SWITCH")))
                .isEqualTo("BACKORDER_SWITCH");
        assertThat(EmailComposer.events()).contains("BACKORDER_WAIT", "BACKORDER_SWITCH", "BACKORDER_SPLIT",
                "BACKORDER_CANCEL_FOR_REFUND", "COUPON_ISSUED");
        Map<String, Object> vars = variables(new com.kaeru.api.events.CouponIssued("7KQM-3XRB-HN2W", CUSTOMER, null,
                null, 10, java.time.Instant.parse("2027-01-03T15:00:00Z"), "backorder cancelled", "R-1", 41L));
        assertThat(vars).containsEntry("code", "7KQM-3XRB-HN2W").containsEntry("email", "hanako@example.jp")
                .containsEntry("expiresAt", "2027-01-03T15:00:00Z").doesNotContainKey("amountMinor");
        assertThat(EmailConsumer.templateKey("CouponIssued", vars)).isEqualTo("COUPON_ISSUED");
    }

    @Test
    void theCustomerReadsInTheirLanguageThatTheUpgradeDifferenceWasNotChargedAndTheReplacementWaits() {
        EmailComposer composer = new EmailComposer();
        composer.portalBaseUrl = "https://kaeru.example/portal";
        var shop = new com.kaeru.backend.tenancy.domain.Shop(new com.kaeru.backend.tenancy.domain.ShopSlug("shop-b"),
                "ショップB", null, "ja", java.time.ZoneId.of("Asia/Tokyo"), java.util.Currency.getInstance("JPY"));
        var failed = new com.kaeru.api.events.UpgradePaymentFailed("R-000043", CUSTOMER, 5, 1500, "JPY",
                "card_declined", "card_declined: Stripe: Your card was declined.", 1);
        assertThat(EmailConsumer.templateKey("UpgradePaymentFailed", Map.of())).isEqualTo("UPGRADE_PAYMENT_FAILED");
        Map<String, Object> vars = variables(failed);
        String[] ja = EmailComposer.defaultTemplate("UPGRADE_PAYMENT_FAILED", java.util.Locale.JAPANESE).orElseThrow();
        var jaMail = composer.render(shop, ja[0], ja[1], vars, java.util.Locale.JAPANESE);
        assertThat(jaMail.subject()).isEqualTo("【ショップB】R-000043 の交換差額をご請求できませんでした");
        assertThat(jaMail.text()).contains("差額 ￥1,500").contains("請求は行われていません")
                .contains("確認でき次第発送").contains("https://kaeru.example/portal/shop-b?lang=ja&next=R-000043")
                .doesNotContain("Stripe");
        vars.put("language", "en");
        String[] en = EmailComposer.defaultTemplate("UPGRADE_PAYMENT_FAILED", java.util.Locale.ENGLISH).orElseThrow();
        var enMail = composer.render(shop, en[0], en[1], vars, java.util.Locale.ENGLISH);
        assertThat(enMail.subject()).isEqualTo("[ショップB] Your exchange R-000043: we could not charge the price difference");
        assertThat(enMail.text()).contains("costs ¥1,500 more").contains("nothing was charged")
                .contains("we will send it as soon as the difference is paid").doesNotContain("Stripe");
    }
}
