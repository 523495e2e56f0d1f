package com.kaeru.portal.status;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.kaeru.api.portal.QuestionAnswer;
import com.kaeru.api.returns.ReturnDto;
import com.kaeru.api.returns.TimelineEntryDto;
import com.kaeru.api.vocabulary.ReturnStatus;
import com.kaeru.portal.format.Formats;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;

/**
 * The shop's latest question on an open return ({@code #info-request}), and below it the customer's
 * answer or a box to write one. Staff wrote the question for the customer (the API sends customers no
 * other non-status entry) and the same text went out by e-mail. Its own component so the page only
 * sends what it is given: the box checks that something was written, fires an {@link AnswerEvent},
 * and keeps the text with the reason when the page reports a refusal through {@link #refused(String)}.
 */
class QuestionBox extends Div {
    /** Closed returns: an old question no longer needs an answer. */
    private static final Set<ReturnStatus> CLOSED = EnumSet.of(ReturnStatus.COMPLETED, ReturnStatus.REJECTED,
            ReturnStatus.CANCELLED);
    /** Timeline actions of the shop's question and the customer's answer. */
    private static final String QUESTION = "INFO_REQUESTED";
    private static final String ANSWER = "INFO_ANSWERED";

    /** The customer sent {@link #text()} as the answer; the page passes it on to the shop. */
    static class AnswerEvent extends ComponentEvent<QuestionBox> {
        private final String text;

        AnswerEvent(QuestionBox source, String text) {
            super(source, true);
            this.text = text;
        }

        /** As typed; never blank. */
        String text() {
            return text;
        }
    }

    private TextArea answer;
    private Button send;

    private QuestionBox(TimelineEntryDto question, Optional<TimelineEntryDto> answered, ZoneId zone, Locale locale) {
        setId("info-request");
        addClassNames("callout", "info-request");
        getElement().setAttribute("role", "note");
        H2 heading = new H2(getTranslation(locale, "portal.status.question.title"));
        // Text, not HTML: what staff typed is shown as typed, line breaks kept by the style.
        add(heading, meta(Formats.dateTime(question.at(), zone, locale)), text("info-request-text", question.reason()));
        if (answered.isPresent()) {
            add(new H3(getTranslation(locale, "portal.status.question.answered")),
                    meta(Formats.dateTime(answered.get().at(), zone, locale)),
                    text("info-answer-text", answered.get().reason()));
        } else {
            add(answerForm(locale));
        }
    }

    /** The box for the shop's latest question, unless the return is closed or nobody asked anything. */
    static Optional<QuestionBox> latest(ReturnDto current, ZoneId zone, Locale locale) {
        if (CLOSED.contains(current.status())) {
            return Optional.empty();
        }
        List<TimelineEntryDto> entries = current.timeline();
        int asked = -1;
        for (int i = 0; i < entries.size(); i++) {
            if (QUESTION.equals(entries.get(i).action()) && entries.get(i).reason() != null) {
                asked = i;
            }
        }
        if (asked < 0) {
            return Optional.empty();
        }
        Optional<TimelineEntryDto> answer = entries.subList(asked + 1, entries.size()).stream()
                .filter(e -> ANSWER.equals(e.action())).findFirst();
        return Optional.of(new QuestionBox(entries.get(asked), answer, zone, locale));
    }

    Registration addAnswerListener(ComponentEventListener<AnswerEvent> listener) {
        return addListener(AnswerEvent.class, listener);
    }

    /** The shop did not take the answer: the text stays where the customer typed it, with {@code why}. */
    void refused(String why) {
        answer.setErrorMessage(why);
        answer.setInvalid(true);
        send.setEnabled(true);
    }

    /** The customer's answer: typed text stays in the box until the shop has it. */
    private Div answerForm(Locale locale) {
        answer = new TextArea(getTranslation(locale, "portal.status.question.yourAnswer"));
        answer.setId("info-answer");
        answer.setWidthFull();
        answer.setMinRows(3);
        answer.setMaxLength(QuestionAnswer.MAX_LENGTH);
        answer.setValueChangeMode(ValueChangeMode.EAGER);
        answer.addValueChangeListener(e -> answer.setInvalid(false));
        send = new Button(getTranslation(locale, "portal.status.question.send"));
        send.addClickListener(e -> {
            if (answer.getValue().isBlank()) {
                refused(getTranslation(locale, "portal.status.question.required"));
                return;
            }
            fireEvent(new AnswerEvent(this, answer.getValue()));
        });
        send.setId("send-answer");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        Paragraph byMail = new Paragraph(getTranslation(locale, "portal.status.question.answer"));
        byMail.addClassName("meta");
        return new Div(answer, send, byMail);
    }

    private static Span meta(String text) {
        Span meta = new Span(text);
        meta.addClassName("meta");
        return meta;
    }

    private static Paragraph text(String id, String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.setId(id);
        paragraph.getStyle().set("white-space", "pre-line");
        return paragraph;
    }
}
