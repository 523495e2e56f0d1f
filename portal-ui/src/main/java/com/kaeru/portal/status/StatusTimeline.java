package com.kaeru.portal.status;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.kaeru.api.returns.ReturnDto;
import com.kaeru.api.returns.TimelineEntryDto;
import com.kaeru.api.vocabulary.ReturnStatus;
import com.kaeru.portal.format.Formats;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;

/**
 * The customer's view of a return's lifecycle ({@code #timeline}): every milestone from requested to
 * completed, done ones with their time, the next one marked, the current one as {@code aria-current}.
 * A component of its own because which milestones a customer sees (review only when it happened, a
 * rejected or cancelled return ending there, a received parcel implying it travelled) is a rule worth
 * testing without the page around it.
 */
class StatusTimeline extends OrderedList {

    StatusTimeline(ReturnDto current, ZoneId zone, Locale locale) {
        setId("timeline");
        addClassName("timeline");
        Map<ReturnStatus, Instant> reached = reached(current.timeline());
        boolean afterCurrent = false;
        for (ReturnStatus milestone : milestones(reached)) {
            ListItem item = new ListItem(new Span(getTranslation(locale, "portal.timeline." + milestone)));
            Instant at = reached.get(milestone);
            if (at != null) {
                item.addClassName("done");
                Span when = new Span(Formats.dateTime(at, zone, locale));
                when.addClassName("meta");
                item.add(when);
            } else if (milestone == ReturnStatus.IN_TRANSIT && reached.containsKey(ReturnStatus.RECEIVED)) {
                // A parcel the shop received travelled, even when nobody scanned it on the way.
                item.addClassName("done");
            } else {
                item.addClassName(afterCurrent ? "pending" : "next");
                afterCurrent = true;
            }
            if (milestone == current.status()) {
                item.getElement().setAttribute("aria-current", "step");
            }
            add(item);
        }
    }

    /** When each state was first reached; entries that change no state are skipped. */
    private static Map<ReturnStatus, Instant> reached(List<TimelineEntryDto> entries) {
        Map<ReturnStatus, Instant> reached = new EnumMap<>(ReturnStatus.class);
        for (TimelineEntryDto entry : entries) {
            statusOf(entry.to()).ifPresent(to -> reached.putIfAbsent(to, entry.at()));
        }
        return reached;
    }

    /** The milestones shown: review only if the return went through it; a rejection or cancellation ends the list. */
    private static List<ReturnStatus> milestones(Map<ReturnStatus, Instant> reached) {
        List<ReturnStatus> milestones = new ArrayList<>(List.of(ReturnStatus.REQUESTED));
        if (reached.containsKey(ReturnStatus.NEEDS_REVIEW)) {
            milestones.add(ReturnStatus.NEEDS_REVIEW);
        }
        if (reached.containsKey(ReturnStatus.REJECTED) || reached.containsKey(ReturnStatus.CANCELLED)) {
            milestones.add(reached.containsKey(ReturnStatus.REJECTED) ? ReturnStatus.REJECTED : ReturnStatus.CANCELLED);
        } else {
            milestones.addAll(List.of(ReturnStatus.APPROVED, ReturnStatus.AWAITING_SHIPMENT, ReturnStatus.IN_TRANSIT,
                    ReturnStatus.RECEIVED, ReturnStatus.INSPECTED, ReturnStatus.COMPLETED));
        }
        return milestones;
    }

    /** A timeline entry's new state; entries that change no state (questions, answers) have none. */
    private static Optional<ReturnStatus> statusOf(String state) {
        if (state == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ReturnStatus.valueOf(state));
        } catch (IllegalArgumentException notAState) {
            return Optional.empty();
        }
    }
}
