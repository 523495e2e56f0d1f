package com.kaeru.backend.carriers.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.kaeru.api.carriers.Carrier;
import org.junit.jupiter.api.Test;

class CarrierLinksTest {

    @Test
    void eachCarrierLinksToItsPublicTrackingPageWithTheNumberAsPrinted() {
        assertThat(Carrier.trackingUrl("ヤマト運輸", "4901-2345-6789"))
                .isEqualTo("https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number00=1&number01=490123456789");
        assertThat(Carrier.trackingUrl("SAGAWA", "1234 5678 9012"))
                .isEqualTo("https://k2k.sagawa-exp.co.jp/p/web/okurijosearch.do?okurijoNo=123456789012");
        assertThat(Carrier.trackingUrl("日本郵便", "1234-5678-9012"))
                .isEqualTo("https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1=123456789012");
        assertThat(Carrier.trackingUrl("西濃運輸", "1")).isNull();
        assertThat(Carrier.trackingUrl("YAMATO", " ")).isNull();
    }

    @Test
    void referencesRoundTrip() {
        assertThat(ShippingInstruction.parseReference(ShippingInstruction.exchangeReference("R-000123", 45)))
                .contains(new ShippingInstruction.Target("R-000123", 45L));
        assertThat(ShippingInstruction.parseReference("R-000123")).contains(new ShippingInstruction.Target("R-000123", null));
        assertThat(ShippingInstruction.parseReference(" ")).isEmpty();
    }
}
