package com.kaeru.admin.returns;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.kaeru.admin.returns.ReturnsFilterBar.QueryChangedEvent;
import com.kaeru.admin.testing.Console;
import com.kaeru.api.reasons.ReturnReasonDto;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The queue's filter bar on its own: which {@code QueryChangedEvent} each edit fires, and its saved views. */
class ReturnsFilterBarTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final List<ReturnReasonDto> REASONS = List.of(
            new ReturnReasonDto("SIZE", null, "サイズが合わない", "Size did not fit", 10),
            new ReturnReasonDto("DEFECTIVE", null, "不良・破損", "Defective or damaged", 30));

    private final List<QueryChangedEvent> fired = new ArrayList<>();
    private ReturnsFilterBar bar;

    @BeforeEach
    void setUp() {
        Console.start("sakura-operator", "OPERATOR");
        bar = new ReturnsFilterBar();
        UI.getCurrent().add(bar);
        bar.texts();
        bar.addQueryChangedListener(fired::add);
    }

    @AfterEach
    void tearDown() {
        Console.stop();
    }

    private void show(ReturnQuery query) {
        bar.show(query, REASONS, new RouteParameters("shop", Console.SHOP), TODAY);
    }

    @Test
    void showingAQueryFillsTheFieldsWithoutFiringAChange() {
        show(ReturnQuery.ALL.withText("SA-1").withReason("DEFECTIVE").withStatuses(Set.of("RECEIVED")));

        assertThat(fired).isEmpty();
        assertThat(_get(TextField.class, spec -> spec.withId("search")).getValue()).isEqualTo("SA-1");
        assertThat(_get(ComboBox.class, spec -> spec.withId("reason-filter")).getValue())
                .hasFieldOrPropertyWithValue("code", "DEFECTIVE");
    }

    @SuppressWarnings("unchecked")
    @Test
    void editingOneFilterFiresTheWholeNewQuery() {
        ReturnQuery shown = ReturnQuery.ALL.withText("SA-1").withOverdue(true);
        show(shown);

        _get(Select.class, spec -> spec.withId("resolution-filter")).setValue("EXCHANGE");

        assertThat(fired).singleElement().extracting(QueryChangedEvent::query)
                .isEqualTo(shown.withResolution("EXCHANGE"));
    }

    @SuppressWarnings("unchecked")
    @Test
    void chosenStatusesArriveInTheQueuesOrderWhateverOrderTheyWerePicked() {
        show(ReturnQuery.ALL);

        _get(MultiSelectComboBox.class, spec -> spec.withId("status-filter"))
                .setValue(new java.util.LinkedHashSet<>(List.of("RECEIVED", "REQUESTED", "NEEDS_REVIEW")));

        assertThat(fired).singleElement().extracting(e -> List.copyOf(e.query().statuses()))
                .isEqualTo(List.of("REQUESTED", "NEEDS_REVIEW", "RECEIVED"));
    }

    @Test
    void clearFiresTheQueryWithoutFilters() {
        show(ReturnQuery.ALL.withText("SA-1").withMethod("PICKUP"));

        _click(_get(Button.class, spec -> spec.withId("clear-filters")));

        assertThat(fired).singleElement().satisfies(e -> {
            assertThat(e.query()).isEqualTo(ReturnQuery.ALL);
            assertThat(e.isFromClient()).isTrue();
        });
    }

    @Test
    void theSavedViewMatchingTheQueryIsMarkedAndEachLinksToTheShopsQueue() {
        show(ReturnQuery.ALL.withStatuses(Set.of("NEEDS_REVIEW")));

        RouterLink needsReview = _get(RouterLink.class, spec -> spec.withId("view-needs-review"));
        assertThat(needsReview.getClassNames()).contains("saved-view", "current");
        assertThat(needsReview.getHref()).isEqualTo("shops/sakura-apparel/returns?view=needs-review");
        assertThat(_get(RouterLink.class, spec -> spec.withId("view-all")).getClassNames()).doesNotContain("current");
    }
}
