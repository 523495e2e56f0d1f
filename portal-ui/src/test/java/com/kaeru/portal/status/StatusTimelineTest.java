package com.kaeru.portal.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.kaeru.api.returns.ReturnDto;
import com.kaeru.api.returns.TimelineEntryDto;
import com.kaeru.api.vocabulary.ReturnMethod;
import com.kaeru.api.vocabulary.ReturnStatus;
import com.kaeru.portal.api.PortalBackend;
import com.kaeru.portal.i18n.PortalI18NProvider;
import com.kaeru.portal.returns.FakePortalBackend;
import com.kaeru.ui.testing.KaribuHarness;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The milestones a customer sees for a return, on their own. */
class StatusTimelineTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
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

    /** A return now in {@code status} that went through {@code path}, one hour apart. */
    private static ReturnDto returnThrough(ReturnStatus status, ReturnStatus... path) {
        List<TimelineEntryDto> timeline = new ArrayList<>();
        String from = null;
        for (int i = 0; i < path.length; i++) {
            timeline.add(new TimelineEntryDto(T0.plusSeconds(3600L * i), "STATUS", from, path[i].name(), null, null));
            from = path[i].name();
        }
        // Entries that change no state never make a milestone.
        timeline.add(new TimelineEntryDto(T0.plusSeconds(60), "INFO_REQUESTED", null, null, null, "Which size?"));
        return new ReturnDto("R-000123", status, "SA-10001", null, null, T0, null, false, ReturnMethod.PREPAID_LABEL,
                false, "JPY", List.of(), timeline, List.of(), List.of(), null, Set.of());
    }

    private static List<ListItem> items(StatusTimeline timeline) {
        return timeline.getChildren().map(ListItem.class::cast).toList();
    }

    private static List<String> labels(StatusTimeline timeline) {
        return items(timeline).stream().map(item -> item.getChildren().findFirst().map(Component::getElement)
                .orElseThrow().getText()).toList();
    }

    private static List<String> classes(StatusTimeline timeline) {
        return items(timeline).stream().map(item -> String.join(" ", item.getClassNames())).toList();
    }

    @Test
    void anApprovedReturnShowsTheWholePathWithTimesDoneAndTheNextStepMarked() {
        StatusTimeline timeline = new StatusTimeline(returnThrough(ReturnStatus.AWAITING_SHIPMENT,
                ReturnStatus.REQUESTED, ReturnStatus.APPROVED, ReturnStatus.AWAITING_SHIPMENT), TOKYO, Locale.ENGLISH);

        assertThat(timeline.getId()).hasValue("timeline");
        assertThat(labels(timeline)).containsExactly("Requested", "Approved", "Label ready", "On its way", "Received",
                "Inspected", "Refunded / exchange shipped");
        assertThat(classes(timeline)).containsExactly("done", "done", "done", "next", "pending", "pending", "pending");
        // Done steps carry their time in the shop's zone: 03:00Z is 12:00 in Tokyo, the approval an hour later.
        assertThat(items(timeline).get(1).getElement().getTextRecursively()).contains("Nov 21, 2026").contains("1:00");
        assertThat(items(timeline).get(3).getElement().getTextRecursively()).isEqualTo("On its way");
        assertThat(items(timeline)).filteredOn(item -> item.getElement().hasAttribute("aria-current"))
                .singleElement().isSameAs(items(timeline).get(2));
    }

    @Test
    void aReviewShowsOnlyWhenItHappenedAndARejectionEndsThePath() {
        StatusTimeline timeline = new StatusTimeline(returnThrough(ReturnStatus.REJECTED,
                ReturnStatus.REQUESTED, ReturnStatus.NEEDS_REVIEW, ReturnStatus.REJECTED), TOKYO, Locale.ENGLISH);

        assertThat(labels(timeline)).containsExactly("Requested", "Under review", "Not accepted");
        assertThat(classes(timeline)).containsOnly("done");
        assertThat(items(timeline).get(2).getElement().getAttribute("aria-current")).isEqualTo("step");

        StatusTimeline cancelled = new StatusTimeline(returnThrough(ReturnStatus.CANCELLED,
                ReturnStatus.REQUESTED, ReturnStatus.APPROVED, ReturnStatus.CANCELLED), TOKYO, Locale.ENGLISH);
        assertThat(labels(cancelled)).as("no review, no later steps").containsExactly("Requested", "Cancelled");
    }

    @Test
    void aReceivedParcelTravelledEvenWithoutAScanOnTheWay() {
        StatusTimeline timeline = new StatusTimeline(returnThrough(ReturnStatus.RECEIVED, ReturnStatus.REQUESTED,
                ReturnStatus.APPROVED, ReturnStatus.AWAITING_SHIPMENT, ReturnStatus.RECEIVED), TOKYO, Locale.ENGLISH);

        assertThat(classes(timeline)).containsExactly("done", "done", "done", "done", "done", "next", "pending");
        assertThat(items(timeline).get(3).getElement().getTextRecursively()).as("no time for an unseen step")
                .isEqualTo("On its way");
    }

    @Test
    void milestonesSpeakJapanese() {
        StatusTimeline timeline = new StatusTimeline(returnThrough(ReturnStatus.REQUESTED, ReturnStatus.REQUESTED),
                TOKYO, Locale.JAPANESE);

        assertThat(labels(timeline)).containsExactly("申請", "承認", "ラベル発行", "配送中", "到着", "検品", "返金・交換品発送");
        assertThat(classes(timeline)).containsExactly("done", "next", "pending", "pending", "pending", "pending",
                "pending");
    }
}
