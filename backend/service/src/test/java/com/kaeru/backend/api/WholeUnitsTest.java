package com.kaeru.backend.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kaeru.api.integration.StockRecord;
import com.kaeru.api.inventory.StocktakeCount;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;

/** Quantities are whole units: Yasson (as in Payara) would otherwise read 1.5 as 1. */
class WholeUnitsTest {
    private static final Jsonb JSON = JsonbBuilder.create();

    @Test
    void wholeNumbersAndAbsentOutletAreRead() {
        StocktakeCount count = JSON.fromJson("{\"sku\":\"A\",\"sellable\":2.0}", StocktakeCount.class);
        assertThat(count.sellable).isEqualTo(2);
        assertThat(count.outlet).isNull();
        assertThat(JSON.fromJson("{\"sku\":\"A\",\"sellable\":7,\"outlet\":null}", StockRecord.class).sellable).isEqualTo(7);
    }

    @Test
    void fractionsTextAndOverflowAreRefused() {
        for (String value : new String[] {"1.5", "\"3\"", "2147483648", "true"}) {
            assertThatThrownBy(() -> JSON.fromJson("{\"sku\":\"A\",\"sellable\":" + value + "}", StocktakeCount.class))
                    .as(value).isInstanceOf(JsonbException.class);
            assertThatThrownBy(() -> JSON.fromJson("{\"sku\":\"A\",\"sellable\":1,\"outlet\":" + value + "}",
                    StockRecord.class)).as(value).isInstanceOf(JsonbException.class);
        }
    }
}
