package com.kaeru.admin.insights;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.kaeru.admin.testing.Console;
import com.kaeru.admin.testing.FakeReturns;
import com.kaeru.admin.testing.FakeTeam;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The agency's roll-up report archive: reached from the shop comparison, downloads, generate now, recipients, re-send. */
class AgencyReportsViewTest {
    private static final Set<String> ALL = Set.of("VIEW_SHOP", "PROCESS_RETURNS", "VIEW_REPORTS", "APPROVE_REFUNDS",
            "MANAGE_SETTINGS", "MANAGE_TEAM");

    @BeforeEach
    void setUp() {
        Console.start("agency", "AGENCY_ADMIN", ALL, List.of("demo-agency"), new FakeReturns("agency"),
                new FakeTeam("agency"));
    }

    @AfterEach
    void tearDown() {
        Console.stop();
    }

    @SuppressWarnings("unchecked")
    private static Grid<ReportArchiveSource.Report> grid() {
        return _get(Grid.class, spec -> spec.withId("reports-grid"));
    }

    @Test
    void theShopComparisonLinksToTheArchiveWhichListsTheReportsWithTheirFilesInJapanese() {
        UI.getCurrent().navigate("agencies/demo-agency/insights");
        assertThat(_get(RouterLink.class, spec -> spec.withId("rollup-reports")).getHref())
                .isEqualTo("agencies/demo-agency/reports");
        UI.getCurrent().navigate("agencies/demo-agency/reports");

        assertThat(_get(H1.class, spec -> spec.withText("ロールアップレポート: " + Console.AGENCY_NAME))).isNotNull();
        assertThat(GridKt._size(grid())).isEqualTo(2);
        assertThat(GridKt._getFormatted(grid(), 0, "kind")).isEqualTo("月次");
        assertThat(GridKt._getFormatted(grid(), 0, "status")).isEqualTo("作成済み");
        assertThat(GridKt._getFormatted(grid(), 1, "status")).isEqualTo("失敗 – IllegalStateException: font missing");
        Div files = (Div) GridKt._getCellComponent(grid(), 0, "files");
        assertThat(files.getChildren().map(c -> ((Anchor) c).getText()))
                .containsExactly("PDF", "CSV（UTF-8）", "CSV（Shift_JIS）");
        assertThat(((Div) GridKt._getCellComponent(grid(), 1, "send")).getChildren()).as("not ready: nothing to send")
                .isEmpty();
        assertThat(_get(Select.class, spec -> spec.withId("report-recipient-language-0")).getItemLabelGenerator()
                .apply("")).isEqualTo("日本語（既定）");
    }

    @Test
    void anAdminGeneratesAMonthResendsAReportAndEditsTheRecipients() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("agencies/demo-agency/reports");

        _get(Select.class, spec -> spec.withId("report-kind")).setValue("MONTHLY");
        _get(DatePicker.class, spec -> spec.withId("report-day")).setValue(LocalDate.of(2026, 10, 15));
        _get(Select.class, spec -> spec.withId("report-language")).setValue("ja");
        _click(_get(Button.class, spec -> spec.withId("report-generate")));
        assertThat(Console.reports().generated).containsExactly("MONTHLY 2026-10-15 ja");
        NotificationsKt.expectNotifications("Monthly report Oct 1, 2026 – Oct 31, 2026 is in the archive.");
        assertThat(GridKt._size(grid())).isEqualTo(3);

        Button resend = (Button) ((Div) GridKt._getCellComponent(grid(), 1, "send")).getChildren().findFirst().orElseThrow();
        assertThat(resend.getId()).hasValue("report-2-resend");
        resend.click();
        assertThat(Console.reports().resent).containsExactly("demo-agency 2");
        NotificationsKt.expectNotifications("Sent again to tencho@example.jp.");

        _click(_get(Button.class, spec -> spec.withId("report-recipient-add")));
        _get(EmailField.class, spec -> spec.withId("report-recipient-email-1")).setValue("not-an-address");
        _click(_get(Button.class, spec -> spec.withId("report-recipients-save")));
        assertThat(_get(EmailField.class, spec -> spec.withId("report-recipient-email-1")).isInvalid()).isTrue();
        _get(EmailField.class, spec -> spec.withId("report-recipient-email-1")).setValue("Buyer@Example.jp");
        _get(Select.class, spec -> spec.withId("report-recipient-language-1")).setValue("en");
        _click(_get(Button.class, spec -> spec.withId("report-recipients-save")));
        assertThat(Console.reports().recipients).containsExactly(new ReportArchiveSource.Recipient("tencho@example.jp", null),
                new ReportArchiveSource.Recipient("buyer@example.jp", "en"));
    }

    @Test
    void anotherAgencysArchiveIsRefused() {
        UI.getCurrent().navigate("agencies/other-agency/reports");

        assertThat(_get(Paragraph.class, spec -> spec.withId("access-refused")).getText()).contains("other-agency");
    }
}
