package com.kaeru.backend.returns.domain;

/**
 * Where a return's conversation with the customer stands: staff asked and wait for the answer, or
 * the customer answered the latest question. A new question makes it wait again; one answer covers
 * every question asked before it. Kept on the return (not only in its timeline) so the queue can
 * show and filter it at scale.
 */
public enum CustomerQuestion {
    /** Staff asked; the customer has not answered yet. */
    WAITING,
    /** The customer answered the latest question. */
    ANSWERED
}
