package com.kaeru.backend.refunds.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GiftCodesTest {
    @Test
    void onlyTheLastFourCharactersShowAndTheHashIsStable() {
        assertThat(GiftCodes.mask("ABCD-EFGH-JKLM-NP23")).isEqualTo("****-****-****-NP23");
        assertThat(GiftCodes.sha256("ABCD-EFGH-JKLM-NP23")).hasSize(64).isEqualTo(GiftCodes.sha256("ABCD-EFGH-JKLM-NP23"))
                .isNotEqualTo(GiftCodes.sha256("ABCD-EFGH-JKLM-NP24"));
    }
}
