package com.kaeru.backend.returns.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CustomerQuestionsTest {

    @Test
    void aQuestionWaitsUntilTheCustomerAnswersAndANewOneOpensTheThreadAgain() {
        assertThat(CustomerQuestions.awaitingAnswer(List.of())).isFalse();
        assertThat(CustomerQuestions.awaitingAnswer(List.of("STATUS", "NOTE_ADDED"))).isFalse();
        assertThat(CustomerQuestions.awaitingAnswer(List.of("STATUS", "INFO_REQUESTED"))).isTrue();
        assertThat(CustomerQuestions.awaitingAnswer(List.of("INFO_REQUESTED", "STATUS", "INFO_ANSWERED"))).isFalse();
        assertThat(CustomerQuestions.awaitingAnswer(List.of("INFO_REQUESTED", "INFO_ANSWERED", "INFO_REQUESTED")))
                .isTrue();
    }

    @Test
    void oneAnswerCoversEveryQuestionAskedBeforeIt() {
        assertThat(CustomerQuestions.awaitingAnswer(List.of("INFO_REQUESTED", "INFO_REQUESTED", "INFO_ANSWERED")))
                .isFalse();
    }
}
