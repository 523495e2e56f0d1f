package com.kaeru.backend.returns.domain;

import java.util.List;

/**
 * Questions staff ask the customer about a return and the customer's answers, as the return's
 * timeline records them (actions {@link #ASKED} and {@link #ANSWERED}, oldest first). A question
 * waits for an answer until the customer answers; one answer closes every question asked before
 * it, and a new question opens the thread again.
 */
public final class CustomerQuestions {
    public static final String ASKED = "INFO_REQUESTED";
    public static final String ANSWERED = "INFO_ANSWERED";

    private CustomerQuestions() {
    }

    /** Whether the latest question has no answer yet. */
    public static boolean awaitingAnswer(List<String> actionsOldestFirst) {
        return actionsOldestFirst.lastIndexOf(ASKED) > actionsOldestFirst.lastIndexOf(ANSWERED);
    }
}
