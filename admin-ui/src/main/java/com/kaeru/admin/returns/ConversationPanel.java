package com.kaeru.admin.returns;

import java.util.List;

import com.kaeru.admin.shops.ShopContext;
import com.kaeru.api.returns.ReturnDto;
import com.kaeru.api.returns.TimelineEntryDto;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * Questions to the customer and the customer's answers, oldest first, as a conversation near the top:
 * the latest answer is what the next decision rests on. Hidden if staff never asked.
 */
class ConversationPanel extends Div {
    ConversationPanel() {
        setId("conversation");
        addClassName("conversation");
    }

    void show(ReturnDto request, ShopContext context) {
        removeAll();
        List<TimelineEntryDto> messages = request.timeline().stream()
                .filter(t -> ("INFO_REQUESTED".equals(t.action()) || "INFO_ANSWERED".equals(t.action()))
                        && t.reason() != null)
                .toList();
        setVisible(!messages.isEmpty());
        if (messages.isEmpty()) {
            return;
        }
        add(new H2(getTranslation("admin.return.conversation")));
        for (TimelineEntryDto message : messages) {
            add(entry(message, context));
        }
        boolean awaitingAnswer = "INFO_REQUESTED".equals(messages.get(messages.size() - 1).action());
        if (awaitingAnswer && ReturnQuery.OPEN.contains(request.status())) {
            Span waiting = new Span(getTranslation("admin.returns.question.WAITING"));
            waiting.getElement().getThemeList().add("badge contrast");
            add(waiting);
        }
    }

    private Div entry(TimelineEntryDto message, ShopContext context) {
        boolean answer = "INFO_ANSWERED".equals(message.action());
        Span who = new Span((answer ? getTranslation("admin.return.conversation.customer")
                : getTranslation("admin.return.conversation.staff", message.actor()))
                + " · " + context.formats().dateTime(message.at()));
        who.addClassName("fact-label");
        // As typed: text, never HTML, line breaks kept.
        Paragraph text = new Paragraph(message.reason());
        text.getStyle().set("white-space", "pre-line").set("margin", "var(--lumo-space-xs) 0 var(--lumo-space-m)");
        Div entry = new Div(who, text);
        entry.addClassName(answer ? "conversation-answer" : "conversation-question");
        if (answer) {
            entry.getStyle().set("border-inline-start", "3px solid var(--lumo-success-color)")
                    .set("padding-inline-start", "var(--lumo-space-s)");
        }
        return entry;
    }
}
