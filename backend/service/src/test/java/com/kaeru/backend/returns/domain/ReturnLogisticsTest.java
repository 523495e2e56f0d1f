package com.kaeru.backend.returns.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReturnLogisticsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final List<String> ALL = List.of("PREPAID_LABEL", "DROP_OFF", "PICKUP");
    private static final PostalAddress TOKYO = new PostalAddress("山田 花子", "1000005", "東京都", "千代田区",
            "丸の内1-9-1", "", "03-1234-5678");

    @Test
    void pickupIsBookedFromTomorrowToAWeekAhead() {
        ReturnLogistics pickup = ReturnLogistics.arrange(ReturnMethod.PICKUP, ALL, TODAY.plusDays(1),
                PickupSlot.T14_16, null, TOKYO, false, TODAY);
        assertThat(pickup.pickupDate()).isEqualTo(TODAY.plusDays(1));
        assertThat(pickup.address().postalCode()).isEqualTo("100-0005");
        assertThat(pickup.address().line2()).isNull();
        assertThat(ReturnLogistics.arrange(ReturnMethod.PICKUP, ALL, TODAY.plusDays(7), PickupSlot.MORNING, null,
                TOKYO, false, TODAY).pickupSlot()).isEqualTo(PickupSlot.MORNING);
        for (LocalDate refused : List.of(TODAY, TODAY.minusDays(1), TODAY.plusDays(8))) {
            assertThatThrownBy(() -> ReturnLogistics.arrange(ReturnMethod.PICKUP, ALL, refused, PickupSlot.T14_16,
                    null, TOKYO, false, TODAY)).isInstanceOf(ReturnRuleViolation.class)
                    .hasMessageContaining("problem.return.pickup-date");
        }
    }

    @Test
    void eachMethodNeedsItsDetails() {
        assertThatThrownBy(() -> ReturnLogistics.arrange(ReturnMethod.PICKUP, ALL, TODAY.plusDays(2), null, null,
                TOKYO, false, TODAY)).hasMessageContaining("problem.return.pickup-missing");
        assertThatThrownBy(() -> ReturnLogistics.arrange(ReturnMethod.PICKUP, ALL, TODAY.plusDays(2),
                PickupSlot.T18_20, null, null, false, TODAY)).hasMessageContaining("problem.return.address-missing");
        assertThatThrownBy(() -> ReturnLogistics.arrange(ReturnMethod.DROP_OFF, ALL, null, null, null, null, false,
                TODAY)).hasMessageContaining("problem.return.drop-off-missing");
        assertThatThrownBy(() -> ReturnLogistics.arrange(ReturnMethod.PICKUP, List.of("PREPAID_LABEL"),
                TODAY.plusDays(2), PickupSlot.T18_20, null, TOKYO, false, TODAY))
                .hasMessageContaining("problem.return.method-not-offered");
    }

    @Test
    void anExchangeNeedsAnAddressWhateverTheMethod() {
        assertThatThrownBy(() -> ReturnLogistics.arrange(ReturnMethod.PREPAID_LABEL, ALL, null, null, null,
                new PostalAddress("山田 花子", "1000005", "東京都", "千代田区", " ", null, null), true, TODAY))
                .hasMessageContaining("problem.return.address-missing");
        ReturnLogistics exchange = ReturnLogistics.arrange(ReturnMethod.PREPAID_LABEL, ALL, null, null, null, TOKYO,
                true, TODAY);
        assertThat(exchange.address().city()).isEqualTo("千代田区");
    }

    @Test
    void keepsOnlyWhatTheChosenMethodUses() {
        ReturnLogistics dropOff = ReturnLogistics.arrange(ReturnMethod.DROP_OFF, ALL, TODAY.plusDays(2),
                PickupSlot.T14_16, DropOffPoint.LAWSON, TOKYO, false, TODAY);
        assertThat(dropOff.pickupDate()).isNull();
        assertThat(dropOff.pickupSlot()).isNull();
        assertThat(dropOff.dropOffPoint()).isEqualTo(DropOffPoint.LAWSON);
        assertThat(dropOff.address()).as("no pickup, no exchange: the address is not kept").isNull();
    }
}
