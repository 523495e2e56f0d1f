package com.kaeru.backend.returns.domain;

/**
 * Something a person may do with a return. {@link ReturnRequest#possibleActions} says which the
 * return's state allows; the use cases narrow that to what the caller may do (staff by their
 * permissions in the shop, the customer by what the portal offers).
 */
public enum ReturnAction {
    APPROVE, REJECT, CANCEL, DOWNLOAD_LABEL, RECEIVE, GRADE, APPROVE_REFUND, DECLINE_REFUND, ASK_QUESTION,
    ANSWER_QUESTION, ADD_NOTE, RATE
}
