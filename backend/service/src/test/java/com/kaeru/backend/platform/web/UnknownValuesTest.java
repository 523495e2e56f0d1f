package com.kaeru.backend.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.kaeru.api.portal.ReturnSubmission;
import com.kaeru.api.settings.ShopSettingsUpdate;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.Test;

/** An unknown vocabulary value, as the JSON-B Payara runs (Yasson 3.0.4) reports it, becomes a readable 400. */
class UnknownValuesTest {
    private static final Jsonb JSON = JsonbBuilder.create();

    @Test
    void namesTheValueAndTheAllowedConstantsOfAnUnknownEnumValue() {
        Throwable failure = catchThrowable(() -> JSON.fromJson("""
                {"returnMethod":"LATER","lines":[]}""", ReturnSubmission.class));

        assertThat(UnknownValues.find(failure)).hasValueSatisfying(u -> {
            assertThat(u.value()).isEqualTo("LATER");
            assertThat(u.vocabulary()).isEqualTo("ReturnMethod");
            assertThat(u.allowed()).isEqualTo("PREPAID_LABEL, PICKUP, DROP_OFF");
        });
    }

    @Test
    void findsAnUnknownValueInsideAList() {
        Throwable failure = catchThrowable(() -> JSON.fromJson("""
                {"refundMethods":["STORE_CREDIT","BANK_TRANSFER"]}""", ShopSettingsUpdate.class));

        assertThat(UnknownValues.find(failure)).hasValueSatisfying(u -> {
            assertThat(u.value()).isEqualTo("BANK_TRANSFER");
            assertThat(u.vocabulary()).isEqualTo("RefundMethod");
        });
    }

    @Test
    void aValueWithDotsStaysWholeAndAnEnumOutsideTheContractIsNotExplained() {
        assertThat(UnknownValues.parse("com.kaeru.api.vocabulary.Grade.A.B")).hasValueSatisfying(u ->
                assertThat(u.value()).isEqualTo("A.B"));
        assertThat(UnknownValues.parse("java.time.DayOfWeek.SOMEDAY")).isEmpty();
        assertThat(UnknownValues.find(new IllegalArgumentException("No enum constant java.time.DayOfWeek.X"))).isEmpty();
        assertThat(UnknownValues.find(new IllegalStateException((String) null))).isEmpty();
    }
}
