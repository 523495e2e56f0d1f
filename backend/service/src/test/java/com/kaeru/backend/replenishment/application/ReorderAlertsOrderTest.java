package com.kaeru.backend.replenishment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kaeru.backend.platform.errors.InvalidValueException;
import com.kaeru.backend.replenishment.domain.AlertOrder;
import org.junit.jupiter.api.Test;

class ReorderAlertsOrderTest {

    @Test
    void theLargestShortfallComesFirstUnlessAnotherColumnIsAskedFor() {
        assertThat(ReorderAlertsService.order(null, null)).isEqualTo(AlertOrder.DEFAULT);
        assertThat(ReorderAlertsService.order("sku", null)).isEqualTo(new AlertOrder(AlertOrder.Column.SKU, false));
        assertThat(ReorderAlertsService.order(" avgDailySales ", "ASC"))
                .isEqualTo(new AlertOrder(AlertOrder.Column.AVG_DAILY_SALES, false));
        assertThat(ReorderAlertsService.order("incoming", "desc")).isEqualTo(new AlertOrder(AlertOrder.Column.INCOMING, true));
    }

    @Test
    void unknownColumnsAndDirectionsAreRefused() {
        assertThatThrownBy(() -> ReorderAlertsService.order("price", null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ReorderAlertsService.order("sku", "up")).isInstanceOf(InvalidValueException.class);
    }
}
