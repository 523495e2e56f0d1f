package com.kaeru.portal.status;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

import com.kaeru.api.portal.ReturnRating;
import com.kaeru.api.returns.ReturnDto;
import com.kaeru.api.returns.ReturnRatingDto;
import com.kaeru.api.vocabulary.ReturnAction;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;

/**
 * How the customer felt about the completed return ({@code #rating}): 1–5 stars as a radio group (one tab stop,
 * arrow keys move, each star a big touch target with its meaning in words for screen readers) and an optional
 * comment, sent once; afterwards the stored rating with thanks. Offered while the server lists {@code RATE}; the page
 * sends the {@link RateEvent} and reports a refusal through {@link #refused(String)}.
 */
class RatingBox extends Div {

    /** The customer chose {@link #stars()} and wrote {@link #comment()} (blank: none). */
    static class RateEvent extends ComponentEvent<RatingBox> {
        private final int stars;
        private final String comment;

        RateEvent(RatingBox source, int stars, String comment) {
            super(source, true);
            this.stars = stars;
            this.comment = comment;
        }

        int stars() {
            return stars;
        }

        String comment() {
            return comment;
        }
    }

    private RadioButtonGroup<Integer> stars;
    private TextArea comment;
    private Button send;

    private RatingBox(Locale locale) {
        setId("rating");
        addClassNames("callout", "rating");
        add(new H2(getTranslation(locale, "portal.rating.title")));
    }

    /** The box for a return the customer may rate or has rated; empty otherwise. */
    static Optional<RatingBox> of(ReturnDto current, Locale locale) {
        if (current.rating() != null) {
            RatingBox box = new RatingBox(locale);
            box.showRated(current.rating(), locale);
            return Optional.of(box);
        }
        if (!current.allowedActions().contains(ReturnAction.RATE)) {
            return Optional.empty();
        }
        RatingBox box = new RatingBox(locale);
        box.showForm(locale);
        return Optional.of(box);
    }

    Registration addRateListener(ComponentEventListener<RateEvent> listener) {
        return addListener(RateEvent.class, listener);
    }

    /** The shop did not take the rating: the choice and text stay, with {@code why}. */
    void refused(String why) {
        stars.setErrorMessage(why);
        stars.setInvalid(true);
        send.setEnabled(true);
    }

    private void showForm(Locale locale) {
        stars = new RadioButtonGroup<>(getTranslation(locale, "portal.rating.question"));
        stars.setId("rating-stars");
        stars.addClassName("rating-stars");
        stars.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        stars.setItems(IntStream.rangeClosed(ReturnRating.MIN_STARS, ReturnRating.MAX_STARS).boxed().toList());
        stars.setItemLabelGenerator(n -> "★".repeat(n) + "☆".repeat(ReturnRating.MAX_STARS - n) + "  "
                + getTranslation(locale, "portal.rating.stars." + n));
        stars.setRequiredIndicatorVisible(true);
        stars.addValueChangeListener(e -> stars.setInvalid(false));
        comment = new TextArea(getTranslation(locale, "portal.rating.comment"));
        comment.setId("rating-comment");
        comment.setWidthFull();
        comment.setMinRows(2);
        comment.setMaxLength(ReturnRating.MAX_COMMENT_LENGTH);
        comment.setValueChangeMode(ValueChangeMode.EAGER);
        send = new Button(getTranslation(locale, "portal.rating.send"));
        send.setId("send-rating");
        send.addClassName("rating-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            if (stars.getValue() == null) {
                refused(getTranslation(locale, "portal.rating.required"));
                return;
            }
            send.setEnabled(false);
            fireEvent(new RateEvent(this, stars.getValue(), comment.getValue()));
        });
        add(stars, comment, send);
    }

    private void showRated(ReturnRatingDto rating, Locale locale) {
        Paragraph thanks = new Paragraph(getTranslation(locale, "portal.rating.thanks"));
        Paragraph given = new Paragraph("★".repeat(rating.stars()) + "☆".repeat(ReturnRating.MAX_STARS - rating.stars())
                + "  " + getTranslation(locale, "portal.rating.stars." + rating.stars()));
        given.setId("rating-given");
        given.getElement().setAttribute("aria-label", getTranslation(locale, "portal.rating.given", rating.stars(),
                getTranslation(locale, "portal.rating.stars." + rating.stars())));
        add(thanks, given);
        if (rating.comment() != null) {
            Paragraph text = new Paragraph(rating.comment());
            text.setId("rating-comment-given");
            text.getStyle().set("white-space", "pre-line");
            add(text);
        }
    }
}
