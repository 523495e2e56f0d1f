package com.kaeru.backend.platform.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import com.kaeru.backend.tenancy.domain.Shop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract's vocabulary and the domain's enums name exactly the same constants, so the
 * name-for-name mapping can never fail or drift: adding a state, method or action on one side
 * only fails here.
 */
class VocabularyTest {

    static Stream<Arguments> twins() {
        return Stream.of(
                Arguments.of(com.kaeru.api.vocabulary.ReturnStatus.class, com.kaeru.backend.returns.domain.ReturnStatus.class),
                Arguments.of(com.kaeru.api.vocabulary.ReturnMethod.class, com.kaeru.backend.returns.domain.ReturnMethod.class),
                Arguments.of(com.kaeru.api.vocabulary.RefundMethod.class, com.kaeru.backend.refunds.domain.RefundMethod.class),
                Arguments.of(com.kaeru.api.vocabulary.Resolution.class, com.kaeru.backend.returns.domain.Resolution.class),
                Arguments.of(com.kaeru.api.vocabulary.Grade.class, com.kaeru.backend.returns.domain.Grade.class),
                Arguments.of(com.kaeru.api.vocabulary.FulfilmentState.class,
                        com.kaeru.backend.returns.domain.FulfilmentState.class),
                Arguments.of(com.kaeru.api.vocabulary.ReturnAction.class, com.kaeru.backend.returns.domain.ReturnAction.class),
                Arguments.of(com.kaeru.api.vocabulary.RefundStatus.class, com.kaeru.backend.refunds.domain.RefundStatus.class),
                Arguments.of(com.kaeru.api.vocabulary.PolicyOutcome.class, com.kaeru.backend.policy.domain.PolicyOutcome.class),
                Arguments.of(com.kaeru.api.vocabulary.SalesChannel.class, com.kaeru.backend.orders.domain.SalesChannel.class),
                Arguments.of(com.kaeru.api.vocabulary.WindowAnchor.class, com.kaeru.backend.tenancy.domain.WindowAnchor.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("twins")
    void contractAndDomainNameTheSameConstantsInTheSameOrder(Class<? extends Enum<?>> contract,
                                                             Class<? extends Enum<?>> domain) {
        assertThat(names(contract)).isNotEmpty().containsExactlyElementsOf(names(domain));
    }

    @Test
    void theShopsListsOfMethodsCoverEveryMethodOnce() {
        assertThat(Shop.RETURN_METHODS).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(names(com.kaeru.api.vocabulary.ReturnMethod.class));
        assertThat(Shop.REFUND_METHODS).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(names(com.kaeru.api.vocabulary.RefundMethod.class));
    }

    @Test
    void mapsByNameBothWaysAndKeepsNullAndOrder() {
        assertThat(Vocabulary.as(com.kaeru.backend.returns.domain.ReturnStatus.NEEDS_REVIEW,
                com.kaeru.api.vocabulary.ReturnStatus.class)).isEqualTo(com.kaeru.api.vocabulary.ReturnStatus.NEEDS_REVIEW);
        assertThat(Vocabulary.as(null, com.kaeru.api.vocabulary.ReturnStatus.class)).isNull();
        assertThat(Vocabulary.allNamed(List.of("PICKUP", "PREPAID_LABEL"), com.kaeru.api.vocabulary.ReturnMethod.class))
                .containsExactly(com.kaeru.api.vocabulary.ReturnMethod.PICKUP,
                        com.kaeru.api.vocabulary.ReturnMethod.PREPAID_LABEL);
        assertThat(Vocabulary.names(null)).isNull();
        assertThatThrownBy(() -> Vocabulary.named("LATER", com.kaeru.api.vocabulary.ReturnMethod.class))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }
}
