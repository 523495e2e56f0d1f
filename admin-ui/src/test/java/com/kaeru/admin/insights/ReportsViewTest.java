package com.kaeru.admin.insights;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.kaeru.admin.testing.Console;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.EmailField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The report archive: archived reports with their files, "generate now", and the monthly report's recipients. */
class ReportsViewTest {

    @AfterEach
    void tearDown() {
        Console.stop();
    }

    @SuppressWarnings("unchecked")
    private static Grid<ReportArchiveSource.Report> grid() {
        return _get(Grid.class, spec -> spec.withId("reports-grid"));
    }

    @Test
    void anAnalystSeesTheArchiveInJapaneseWithDownloadsOfReadyReports() {
        Console.start("sakura-analyst", "ANALYST");
        UI.getCurrent().navigate("shops/sakura-apparel/reports");

        assertThat(_get(SideNavItem.class, spec -> spec.withId("nav-reports")).getPath())
                .isEqualTo("shops/sakura-apparel/reports");
        assertThat(GridKt._size(grid())).isEqualTo(2);
        assertThat(GridKt._getFormatted(grid(), 0, "kind")).isEqualTo("月次");
        assertThat(GridKt._getFormatted(grid(), 0, "status")).isEqualTo("作成済み");
        assertThat(GridKt._getFormatted(grid(), 0, "language")).isEqualTo("日本語");
        assertThat(GridKt._getFormatted(grid(), 1, "status")).isEqualTo("失敗 – IllegalStateException: font missing");
        Div files = (Div) GridKt._getCellComponent(grid(), 0, "files");
        assertThat(files.getChildren().map(c -> ((Anchor) c).getText()))
                .containsExactly("レポート（PDF）", "数値（CSV・UTF-8）", "数値（CSV・Shift_JIS）");
        assertThat(((Div) GridKt._getCellComponent(grid(), 1, "files")).getChildren()).as("nothing to download").isEmpty();
        assertThat(grid().getColumnByKey("send")).as("analysts do not re-send").isNull();
        // analysts read the recipients but do not edit them
        assertThat(_get(EmailField.class, spec -> spec.withId("report-recipient-email-0")).isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("report-recipients-save"))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    @Test
    void generatingAFinishedMonthAddsItToTheArchiveInEnglish() {
        Console.start("sakura-manager", "MANAGER");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("shops/sakura-apparel/reports");

        _get(Select.class, spec -> spec.withId("report-kind")).setValue("MONTHLY");
        _get(DatePicker.class, spec -> spec.withId("report-day")).setValue(LocalDate.of(2026, 10, 15));
        _get(Select.class, spec -> spec.withId("report-language")).setValue("en");
        _click(_get(Button.class, spec -> spec.withId("report-generate")));

        assertThat(Console.reports().generated).containsExactly("MONTHLY 2026-10-15 en");
        NotificationsKt.expectNotifications("Monthly report Oct 1, 2026 – Oct 31, 2026 is in the archive.");
        assertThat(GridKt._size(grid())).isEqualTo(3);
        assertThat(GridKt._getFormatted(grid(), 0, "kind")).isEqualTo("Monthly");
        assertThat(GridKt._getFormatted(grid(), 0, "status")).isEqualTo("Ready");

        // a month that is not over: the backend's reason beside the day
        _get(DatePicker.class, spec -> spec.withId("report-day")).setValue(LocalDate.of(2026, 12, 1));
        _click(_get(Button.class, spec -> spec.withId("report-generate")));
        DatePicker day = _get(DatePicker.class, spec -> spec.withId("report-day"));
        assertThat(day.isInvalid()).isTrue();
        assertThat(day.getErrorMessage()).contains("not over yet");
        assertThat(GridKt._size(grid())).isEqualTo(3);
    }

    @Test
    void aManagerEditsTheRecipientsAndABadAddressIsShownBesideIt() {
        Console.start("sakura-manager", "MANAGER");
        UI.getCurrent().navigate("shops/sakura-apparel/reports");

        _click(_get(Button.class, spec -> spec.withId("report-recipient-add")));
        _get(EmailField.class, spec -> spec.withId("report-recipient-email-1")).setValue("not-an-address");
        _click(_get(Button.class, spec -> spec.withId("report-recipients-save")));
        EmailField bad = _get(EmailField.class, spec -> spec.withId("report-recipient-email-1"));
        assertThat(bad.isInvalid()).isTrue();
        assertThat(bad.getErrorMessage()).isEqualTo("must be a well-formed email address");
        assertThat(Console.reports().recipients).hasSize(1);

        bad.setValue("Buyer@Example.jp");
        _get(Select.class, spec -> spec.withId("report-recipient-language-1")).setValue("en");
        _click(_get(Button.class, spec -> spec.withId("report-recipient-remove-0")));
        _click(_get(Button.class, spec -> spec.withId("report-recipients-save")));

        assertThat(Console.reports().recipients).containsExactly(new ReportArchiveSource.Recipient("buyer@example.jp", "en"));
        NotificationsKt.expectNotifications("送付先を保存しました。");
        assertThat(_get(EmailField.class, spec -> spec.withId("report-recipient-email-0")).getValue())
                .isEqualTo("buyer@example.jp");
    }

    @Test
    void aManagerSendsAReadyReportAgain() {
        Console.start("sakura-manager", "MANAGER");
        UI.getCurrent().navigate("shops/sakura-apparel/reports");

        assertThat(((Div) GridKt._getCellComponent(grid(), 1, "send")).getChildren()).as("failed: nothing to send").isEmpty();
        Button resend = (Button) ((Div) GridKt._getCellComponent(grid(), 0, "send")).getChildren().findFirst().orElseThrow();
        assertThat(resend.getText()).isEqualTo("再送");
        resend.click();
        assertThat(Console.reports().resent).containsExactly("sakura-apparel 2");
        NotificationsKt.expectNotifications("tencho@example.jp に再送しました。");
    }

    @Test
    void anOperatorIsRefusedAndHasNoReportsInTheMenu() {
        Console.start("sakura-operator", "OPERATOR");
        UI.getCurrent().navigate("shops/sakura-apparel/reports");

        assertThat(_get(Paragraph.class, spec -> spec.withId("access-refused")).getText()).isNotBlank();
        assertThat(_find(SideNavItem.class, spec -> spec.withId("nav-reports"))).isEmpty();
    }
}
