package com.kaeru.admin.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

class ReturnQueryTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @Test
    void aFilteredQueueSurvivesTheUrlRoundTrip() {
        ReturnQuery query = new ReturnQuery(Set.of("RECEIVED"), "misaki", true, "SIZE", "REFUND", "PICKUP",
                LocalDate.of(2026, 11, 1), TODAY, true, "WAITING", "FAILED");

        QueryParameters url = query.toUrl(TODAY);

        assertThat(url.getParameters()).containsEntry("status", List.of("RECEIVED")).containsEntry("dateField",
                List.of("RECEIVED")).containsEntry("from", List.of("2026-11-01")).containsEntry("question", List.of("WAITING"))
                .containsEntry("refund", List.of("FAILED"));
        assertThat(ReturnQuery.fromUrl(url, TODAY)).isEqualTo(query);
    }

    @Test
    void builtInViewsStayRelativeSoABookmarkMeansTodayTomorrow() {
        QueryParameters url = ReturnQuery.SavedView.RECEIVED_TODAY.query(TODAY).toUrl(TODAY);

        assertThat(url.getParameters()).isEqualTo(Map.of("view", List.of("received-today")));
        assertThat(ReturnQuery.fromUrl(url, TODAY.plusDays(1)).from()).isEqualTo(TODAY.plusDays(1));
        assertThat(ReturnQuery.ALL.toUrl(TODAY).getParameters()).isEmpty();
    }

    @Test
    void unreadableDatesInAHandWrittenLinkAreDroppedNotFatal() {
        ReturnQuery query = ReturnQuery.fromUrl(QueryParameters.simple(Map.of("from", "yesterday", "q", " R-1 ")), TODAY);

        assertThat(query.from()).isNull();
        assertThat(query.text()).isEqualTo("R-1");
    }

    @Test
    void customerAnsweredIsAViewOfOpenReturnsWhoseCustomerAnswered() {
        ReturnQuery answered = ReturnQuery.SavedView.CUSTOMER_ANSWERED.query(TODAY);
        assertThat(answered.question()).isEqualTo("ANSWERED");
        assertThat(answered.statuses()).doesNotContain("COMPLETED", "REJECTED", "CANCELLED").contains("NEEDS_REVIEW",
                "AWAITING_SHIPMENT", "RECEIVED");
        assertThat(answered.toUrl(TODAY).getParameters()).isEqualTo(Map.of("view", List.of("customer-answered")));
    }

    @Test
    void failedUpgradePaymentsAreAViewAndAFilterOfTheirOwn() {
        ReturnQuery failed = ReturnQuery.SavedView.UPGRADE_PAYMENT_FAILED.query(TODAY);
        assertThat(failed.upgradePayment()).isEqualTo("FAILED");
        assertThat(failed.refund()).isNull();
        assertThat(failed.toUrl(TODAY).getParameters()).isEqualTo(Map.of("view", List.of("upgrade-payment-failed")));

        ReturnQuery combined = failed.withOverdue(true);
        QueryParameters url = combined.toUrl(TODAY);
        assertThat(url.getParameters()).containsEntry("upgradePayment", List.of("FAILED"));
        assertThat(ReturnQuery.fromUrl(url, TODAY)).isEqualTo(combined);
    }
}
