package com.kaeru.backend.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.kaeru.api.integration.OrderRecord;
import com.kaeru.api.vocabulary.SalesChannel;
import com.kaeru.backend.integration.application.ShopifyOrderMapping;
import com.kaeru.backend.integration.application.ShopifySignature;
import org.junit.jupiter.api.Test;

/** The inbound Shopify webhook's rules: signature over the raw body, and the order document as an OrderRecord. */
class ShopifyInboundTest {
    private static final String SECRET = "shpss_sakura_0123456789abcdef";

    @Test
    void theSignatureIsVerifiedOverTheRawBytesWithTheShopsSecretOnly() throws IOException {
        byte[] body = payload("orders-create.json");
        String header = ShopifySignature.sign(SECRET, body);

        assertThat(ShopifySignature.verify(SECRET, body, header)).isTrue();
        assertThat(ShopifySignature.verify("shpss_kumo_other_shop", body, header)).as("another shop's secret").isFalse();
        assertThat(ShopifySignature.verify(SECRET, body, null)).as("missing header").isFalse();
        assertThat(ShopifySignature.verify(SECRET, body, "not base64 !")).isFalse();
        assertThat(ShopifySignature.verify(null, body, header)).as("no secret configured").isFalse();
        byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("\"quantity\": 2", "\"quantity\": 20")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(ShopifySignature.verify(SECRET, tampered, header)).as("body changed after signing").isFalse();
    }

    @Test
    void aJapaneseOrderBecomesTheSameRecordTheJsonApiTakes() throws IOException {
        OrderRecord order = ShopifyOrderMapping.map(payload("orders-create.json"));

        assertThat(order.externalId).isEqualTo("shopify-5012345678901");
        assertThat(order.orderNumber).isEqualTo("1001");
        assertThat(order.channel).isEqualTo(SalesChannel.SHOPIFY);
        assertThat(order.customerName).isEqualTo("山田 花子");
        assertThat(order.customerEmail).isEqualTo("hanako@example.jp");
        assertThat(order.customerPhone).isEqualTo("+819011112222");
        assertThat(order.customerLanguage).isEqualTo("ja");
        assertThat(order.postalCode).isEqualTo("150-0001");
        assertThat(order.prefecture).isEqualTo("東京都");
        assertThat(order.city).isEqualTo("渋谷区");
        assertThat(order.addressLine1).isEqualTo("神宮前1-2-3");
        assertThat(order.addressLine2).isEqualTo("ケヤキビル202");
        assertThat(order.orderedAt).isEqualTo(Instant.parse("2026-11-10T01:00:00Z"));
        assertThat(order.shippingFeeMinor).isEqualTo(550);
        assertThat(order.orderDiscountMinor).as("total_discounts less the lines' own").isEqualTo(350);
        assertThat(order.lines).hasSize(2);
        assertThat(order.lines.get(0).lineNo).isEqualTo(1);
        assertThat(order.lines.get(0).sku).isEqualTo("SA-LINEN-SHIRT-WHT-S");
        assertThat(order.lines.get(0).quantity).isEqualTo(2);
        assertThat(order.lines.get(0).unitPriceMinor).isEqualTo(6000L);
        assertThat(order.lines.get(0).taxMinor).isEqualTo(1090);
        assertThat(order.lines.get(1).lineDiscountMinor).isEqualTo(650);
    }

    @Test
    void amountsFollowTheOrdersCurrencyAndAnEnglishCustomerKeepsEnglish() throws IOException {
        OrderRecord order = ShopifyOrderMapping.map(payload("orders-updated-usd.json"));

        assertThat(order.lines.get(0).unitPriceMinor).as("42.50 USD in cents").isEqualTo(4250L);
        assertThat(order.customerLanguage).isEqualTo("en");
        assertThat(order.customerName).as("customer's name when there is no shipping address").isEqualTo("Clark Emily");
        assertThat(order.orderedAt).isEqualTo(Instant.parse("2026-11-11T13:30:00Z"));
        assertThat(order.prefecture).isNull();
    }

    @Test
    void aBodyThatIsNoOrderIsRefused() {
        assertThatThrownBy(() -> ShopifyOrderMapping.map("[1,2]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ShopifyOrderMapping.map("{\"name\":\"#1\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no id");
    }

    private static byte[] payload(String name) throws IOException {
        try (InputStream in = ShopifyInboundTest.class.getResourceAsStream("/shopify/" + name)) {
            return in.readAllBytes();
        }
    }
}
