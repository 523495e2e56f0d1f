package com.kaeru.api.vocabulary;

/**
 * What the caller may do with a return now, as the server decides it from the return's state and
 * the caller's permissions in the shop (staff) or the customer's rights (portal). The UIs show a
 * button for an action only when it is in {@code ReturnDto.allowedActions}; the server still checks
 * every request.
 */
public enum ReturnAction {
    /** Approve a requested or reviewed return (staff). */
    APPROVE,
    /** Reject it with a message to the customer (staff). */
    REJECT,
    /** Cancel it before the parcel is on its way (staff or the customer). */
    CANCEL,
    /** Download the prepaid / drop-off label (staff or the customer). */
    DOWNLOAD_LABEL,
    /** Record the parcel's arrival (staff). */
    RECEIVE,
    /** Grade the received units (staff). */
    GRADE,
    /** Approve a refund held for a manager (managers). */
    APPROVE_REFUND,
    /** Decline a refund held for a manager (managers). */
    DECLINE_REFUND,
    /** Ask the customer a question (staff). */
    ASK_QUESTION,
    /** Answer the shop's open question (the customer). */
    ANSWER_QUESTION,
    /** Write an internal note (staff). */
    ADD_NOTE,
    /** Rate the completed return, once (the customer). */
    RATE
}
