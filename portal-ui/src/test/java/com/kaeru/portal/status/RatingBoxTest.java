package com.kaeru.portal.status;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.kaeru.api.returns.ReturnDto;
import com.kaeru.api.returns.ReturnRatingDto;
import com.kaeru.api.vocabulary.ReturnAction;
import com.kaeru.api.vocabulary.ReturnMethod;
import com.kaeru.api.vocabulary.ReturnStatus;
import com.kaeru.portal.api.PortalBackend;
import com.kaeru.portal.i18n.PortalI18NProvider;
import com.kaeru.portal.returns.FakePortalBackend;
import com.kaeru.ui.testing.KaribuHarness;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rating on the status page: offered once the server allows RATE, sent once, then shown with thanks. */
class RatingBoxTest {
    private static final Instant T0 = Instant.parse("2026-11-21T03:00:00Z");

    @BeforeEach
    void setUp() {
        KaribuHarness.setUp("com.kaeru.portal", new PortalI18NProvider(), Map.of(PortalBackend.class,
                new FakePortalBackend()));
    }

    @AfterEach
    void tearDown() {
        KaribuHarness.tearDown();
    }

    private static ReturnDto completed(Set<ReturnAction> actions, ReturnRatingDto rating) {
        return new ReturnDto("R-000123", ReturnStatus.COMPLETED, "SA-10001", null, null, T0, null, false,
                ReturnMethod.PREPAID_LABEL, false, "JPY", List.of(), List.of(), List.of(), List.of(), null, actions,
                null, rating);
    }

    @Test
    void aCompletedReturnOffersFiveStarsAndAnOptionalCommentAndSendsTheChoice() {
        RatingBox box = RatingBox.of(completed(EnumSet.of(ReturnAction.RATE), null), Locale.ENGLISH).orElseThrow();
        UI.getCurrent().add(box);
        List<RatingBox.RateEvent> sent = new ArrayList<>();
        box.addRateListener(sent::add);

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> stars = _get(RadioButtonGroup.class, spec -> spec.withId("rating-stars"));
        assertThat(stars.getLabel()).isEqualTo("Your rating");
        assertThat(stars.getListDataView().getItems().toList()).containsExactly(1, 2, 3, 4, 5);
        assertThat(stars.getItemLabelGenerator().apply(4)).isEqualTo("★★★★☆  Satisfied");
        assertThat(_get(TextArea.class, spec -> spec.withId("rating-comment")).getMaxLength()).isEqualTo(1000);

        // Nothing chosen: the group says why and nothing is sent.
        _click(_get(Button.class, spec -> spec.withId("send-rating")));
        assertThat(sent).isEmpty();
        assertThat(stars.isInvalid()).isTrue();
        assertThat(stars.getErrorMessage()).isEqualTo("Please choose from 1 to 5 stars.");

        stars.setValue(4);
        _get(TextArea.class, spec -> spec.withId("rating-comment")).setValue("早かったです");
        _click(_get(Button.class, spec -> spec.withId("send-rating")));
        assertThat(sent).singleElement().satisfies(e -> {
            assertThat(e.stars()).isEqualTo(4);
            assertThat(e.comment()).isEqualTo("早かったです");
        });
        assertThat(_get(Button.class, spec -> spec.withId("send-rating")).isEnabled()).as("sent once").isFalse();

        box.refused("Return R-000123 can be rated once it is completed.");
        assertThat(stars.isInvalid()).isTrue();
        assertThat(_get(Button.class, spec -> spec.withId("send-rating")).isEnabled()).isTrue();
    }

    @Test
    void aRatedReturnShowsTheRatingWithThanksInJapanese() {
        RatingBox box = RatingBox.of(completed(EnumSet.noneOf(ReturnAction.class),
                new ReturnRatingDto(5, "交換がスムーズでした", T0)), Locale.JAPANESE).orElseThrow();
        UI.getCurrent().add(box);

        assertThat(box.getElement().getTextRecursively()).contains("ご評価ありがとうございました。");
        Paragraph given = _get(Paragraph.class, spec -> spec.withId("rating-given"));
        assertThat(given.getText()).isEqualTo("★★★★★  とても満足");
        assertThat(given.getElement().getAttribute("aria-label")).isEqualTo("星5つ中 5：とても満足");
        assertThat(_get(Paragraph.class, spec -> spec.withId("rating-comment-given")).getText()).isEqualTo("交換がスムーズでした");
    }

    @Test
    void nothingToRateBeforeCompletion() {
        assertThat(RatingBox.of(completed(EnumSet.of(ReturnAction.CANCEL), null), Locale.ENGLISH)).isEmpty();
    }
}
