package com.kaeru.backend.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;

import com.kaeru.backend.notifications.application.EmailComposer;
import com.kaeru.backend.notifications.application.StaffEmails;
import com.kaeru.backend.tenancy.domain.Shop;
import com.kaeru.backend.tenancy.domain.ShopSlug;
import org.junit.jupiter.api.Test;

class StaffEmailsTest {
    private static final Shop SHOP = new Shop(new ShopSlug("shop-b"), "ショップB", null, "ja", ZoneId.of("Asia/Tokyo"),
            Currency.getInstance("JPY"));
    private static final Map<String, Object> PAYLOAD = Map.of("email", "ken@example.jp", "role", "MANAGER",
            "invitedBy", "Bの店長 <b-manager@shop-b.example>");

    @Test
    void thePersonAddedReadsWhichShopWhichRoleAndWhoInTheirLanguage() {
        String[] ja = StaffEmails.render(SHOP, StaffEmails.MEMBER_ADDED, PAYLOAD, Locale.JAPANESE).orElseThrow();
        assertThat(ja[0]).isEqualTo("[Kaeru] ショップB の権限が付与されました");
        assertThat(ja[1]).contains("ken@example.jp").contains("「マネージャー」").contains("Bの店長 <b-manager@shop-b.example>");
        String[] en = StaffEmails.render(SHOP, StaffEmails.MEMBER_ADDED, PAYLOAD, Locale.ENGLISH).orElseThrow();
        assertThat(en[0]).isEqualTo("[Kaeru] You were given access to ショップB");
        assertThat(en[1]).contains("the role \"Manager\" in the shop ショップB (shop-b)");
    }

    @Test
    void managersReadWhichWebhookEndpointWasSwitchedOffAndWhyInTheirLanguage() {
        Map<String, Object> payload = Map.of("email", "m@example.jp", "endpointId", 3L,
                "url", "https://erp.example.com/kaeru", "reason", "GONE");
        String[] ja = StaffEmails.render(SHOP, StaffEmails.WEBHOOK_DISABLED, payload, Locale.JAPANESE).orElseThrow();
        assertThat(ja[0]).isEqualTo("[Kaeru] ショップB：Webhook の送信先を停止しました");
        assertThat(ja[1]).contains("https://erp.example.com/kaeru").contains("410 Gone").contains("「Webhook」");
        String[] en = StaffEmails.render(SHOP, StaffEmails.WEBHOOK_DISABLED, Map.of("email", "m@example.jp",
                "url", "https://erp.example.com/kaeru", "reason", "FAILING"), Locale.ENGLISH).orElseThrow();
        assertThat(en[1]).contains("https://erp.example.com/kaeru").contains("after every retry")
                .contains("Settings → Webhooks");
    }

    @Test
    void managersReadWhichRefundFailedWhyAndWhereToRetryItInTheirLanguage() {
        Map<String, Object> payload = Map.of("email", "m@example.jp", "rma", "R-000042", "refundId", 17L,
                "method", "ORIGINAL_PAYMENT", "amount", "￥4,500", "code", "card_declined",
                "error", "card_declined: Stripe: Your card was declined.", "attempts", 1);
        String[] ja = StaffEmails.render(SHOP, StaffEmails.REFUND_FAILED, payload, Locale.JAPANESE).orElseThrow();
        assertThat(ja[0]).isEqualTo("[Kaeru] ショップB：R-000042 の返金に失敗しました");
        assertThat(ja[1]).contains("返金：17（元の支払い方法）、￥4,500").contains("理由：card_declined — card_declined: Stripe")
                .contains("「返金失敗」").contains("「再試行」");
        String[] en = StaffEmails.render(SHOP, StaffEmails.REFUND_FAILED, payload, Locale.ENGLISH).orElseThrow();
        assertThat(en[0]).isEqualTo("[Kaeru] ショップB: refund of R-000042 failed");
        assertThat(en[1]).contains("Refund: 17 (original payment), ￥4,500").contains("Attempts: 1")
                .contains("filter \"Refund failed\"").contains("Retry");
    }

    @Test
    void managersReadWhichUpgradeDifferenceWasNotChargedWhyAndWhereToRetryItInTheirLanguage() {
        Map<String, Object> payload = Map.of("email", "m@example.jp", "rma", "R-000043", "paymentId", 5L,
                "amount", "￥1,500", "code", "authentication_required",
                "error", "authentication_required: Stripe: This payment requires authentication.", "attempts", 1);
        String[] ja = StaffEmails.render(SHOP, StaffEmails.UPGRADE_PAYMENT_FAILED, payload, Locale.JAPANESE)
                .orElseThrow();
        assertThat(ja[0]).isEqualTo("[Kaeru] ショップB：R-000043 の交換差額を請求できませんでした");
        assertThat(ja[1]).contains("差額：￥1,500（支払い 5）").contains("理由：authentication_required — ")
                .contains("交換品は発送されません").contains("「交換差額の請求失敗」").contains("「再試行」");
        String[] en = StaffEmails.render(SHOP, StaffEmails.UPGRADE_PAYMENT_FAILED, payload, Locale.ENGLISH)
                .orElseThrow();
        assertThat(en[0]).isEqualTo("[Kaeru] ショップB: the upgrade difference of R-000043 could not be charged");
        assertThat(en[1]).contains("Difference: ￥1,500 (payment 5)").contains("Attempts: 1")
                .contains("the replacement is not shipped").contains("\"Upgrade payment failed\"").contains("Retry");
    }

    @Test
    void staffNoticesAreNotShopTemplatesAShopCouldRewrite() {
        assertThat(EmailComposer.events()).doesNotContain(StaffEmails.MEMBER_ADDED, StaffEmails.WEBHOOK_DISABLED,
                StaffEmails.REFUND_FAILED, StaffEmails.UPGRADE_PAYMENT_FAILED);
    }
}
