package com.kaeru.address;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostalCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"150-0002", "1500002", "〒150-0002", "〒 150‐0002", "１５０－０００２", "１５０ー０００２",
            "150−0002", " 150 0002 ", "〒１５００００２"})
    void readsTheWaysPeopleTypeACode(String typed) {
        assertThat(PostalCode.parse(typed)).contains(new PostalCode(1500002));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "150-000", "150-00021", "15O-0002", "150_0002", "150-0002a"})
    void refusesAnythingButSevenDigits(String typed) {
        assertThat(PostalCode.parse(typed)).isEmpty();
    }

    @Test
    void nullIsNotACode() {
        assertThat(PostalCode.parse(null)).isEmpty();
    }

    @Test
    void keepsLeadingZeros() {
        PostalCode sapporo = PostalCode.parse("060-0042").orElseThrow();
        assertThat(sapporo.digits()).isEqualTo("0600042");
        assertThat(sapporo).hasToString("060-0042");
    }
}
