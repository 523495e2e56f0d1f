package com.kaeru.admin.returns;

import com.kaeru.api.returns.ReturnSummaryDto;
import com.kaeru.api.vocabulary.ReturnStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** Badges shared by the queue, the detail and the receiving station. */
final class ReturnLabels {
    private ReturnLabels() {
    }

    /** The state as a coloured badge: green done, red refused, amber waiting for staff. */
    static Span status(Component owner, ReturnStatus status) {
        Span badge = new Span(owner.getTranslation("admin.status." + status));
        badge.getElement().getThemeList().add("badge");
        switch (status) {
            case COMPLETED -> badge.getElement().getThemeList().add("success");
            case REJECTED, CANCELLED -> badge.getElement().getThemeList().add("contrast");
            case NEEDS_REVIEW, RECEIVED, INSPECTED -> badge.getElement().getThemeList().add("warning");
            default -> {
                // the plain badge
            }
        }
        badge.addClassName("status-badge");
        return badge;
    }

    /**
     * The 24 h refund promise: red once the deadline after receipt has passed without completion,
     * a neutral "due" badge while it runs, nothing before receipt or after completion.
     */
    static Span sla(Component owner, ReturnSummaryDto r, String dueText) {
        Span badge = new Span();
        if (r.refundOverdue()) {
            badge.setText(owner.getTranslation("admin.returns.sla.overdue"));
            badge.getElement().getThemeList().add("badge error primary");
            badge.addClassName("sla-overdue");
        } else if (r.refundDueAt() != null && r.status() != ReturnStatus.COMPLETED) {
            badge.setText(owner.getTranslation("admin.returns.sla.due", dueText));
            badge.getElement().getThemeList().add("badge");
            badge.addClassName("sla-due");
        }
        return badge;
    }

    /**
     * Where the conversation with the customer stands, for open returns: "answered" stands out (an
     * answer waits to be read), "waiting" is quiet; nothing if staff never asked or the return closed.
     */
    static java.util.Optional<Span> question(Component owner, ReturnSummaryDto r) {
        if (r.customerQuestion() == null || !ReturnQuery.OPEN.contains(r.status())) {
            return java.util.Optional.empty();
        }
        boolean answered = "ANSWERED".equals(r.customerQuestion());
        Span badge = new Span(owner.getTranslation("admin.returns.question." + r.customerQuestion()));
        badge.getElement().getThemeList().add(answered ? "badge success primary" : "badge contrast");
        badge.addClassName(answered ? "question-answered" : "question-waiting");
        return java.util.Optional.of(badge);
    }
}
