package com.kaeru.admin.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.kaeru.admin.shops.ShopFormats;
import com.kaeru.client.ApiProblemException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;

/**
 * One report archive on a page — a shop's ({@link ReportsView}) or an agency's ({@link AgencyReportsView}):
 * every archived report with its status, PDF and CSV downloads and (for those who may change the recipients)
 * "send again", "generate now" for a week, month or quarter chosen by a day inside it, and who receives the
 * monthly report. The backend decides who may do what; a refusal (403) goes to the page's refusal view.
 */
final class ReportArchivePanel extends VerticalLayout {
    private static final List<String> KINDS = List.of("MONTHLY", "WEEKLY", "QUARTERLY");
    private static final List<String> LANGUAGES = List.of("ja", "en");

    private final ReportArchiveSource archive;
    private final ReportArchiveSource.Archive owner;
    private final Supplier<ShopFormats> formats;
    private final boolean edits;
    private final String defaultLanguageKey;
    private final Grid<ReportArchiveSource.Report> grid = new Grid<>();
    private final Select<String> kind = new Select<>();
    private final DatePicker day = new DatePicker();
    private final Select<String> language = new Select<>();
    private final Button generate = new Button();
    private final VerticalLayout recipientRows = new VerticalLayout();
    private final VerticalLayout recipientList = new VerticalLayout();
    private final List<RecipientRow> rows = new ArrayList<>();
    private List<ReportArchiveSource.Report> reports;
    private List<ReportArchiveSource.Recipient> recipients;

    /**
     * Reads the archive and its recipients (a refusal throws here, before anything is shown).
     *
     * @param formats            dates in the archive's time zone and the page's language
     * @param today              today in the archive's time zone (the last day a period may end on is yesterday)
     * @param defaultLanguage    the language preselected for "generate now"
     * @param edits              whether the caller may change the recipients and re-send
     * @param defaultLanguageKey the label of "no language of its own"
     */
    ReportArchivePanel(ReportArchiveSource archive, ReportArchiveSource.Archive owner, Supplier<ShopFormats> formats,
                       LocalDate today, String defaultLanguage, boolean edits, String defaultLanguageKey) {
        this.archive = archive;
        this.owner = owner;
        this.formats = formats;
        this.edits = edits;
        this.defaultLanguageKey = defaultLanguageKey;
        setPadding(false);
        grid.setId("reports-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        kind.setId("report-kind");
        kind.setItems(KINDS);
        kind.setValue("MONTHLY");
        day.setId("report-day");
        language.setId("report-language");
        language.setItems(LANGUAGES);
        generate.setId("report-generate");
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.addClickListener(e -> generate());
        recipientRows.setId("report-recipients");
        recipientRows.setPadding(false);
        recipientRows.setSpacing(false);
        recipientList.setPadding(false);
        recipientList.setSpacing(false);
        reports = archive.reports(owner);
        recipients = archive.recipients(owner);
        day.setValue(today.withDayOfMonth(1).minusMonths(1));
        day.setMax(today.minusDays(1));
        language.setValue("ja".equals(defaultLanguage) ? "ja" : "en");
    }

    /** Lays the panel out (again) in the current language. */
    void render() {
        removeAll();
        add(new H2(getTranslation("admin.reports.generate")));
        kind.setLabel(getTranslation("admin.reports.kind"));
        kind.setItemLabelGenerator(k -> getTranslation("admin.reports.kind." + k));
        day.setLabel(getTranslation("admin.reports.day"));
        day.setHelperText(getTranslation("admin.reports.dayHelp"));
        day.setLocale(getLocale());
        language.setLabel(getTranslation("admin.reports.language"));
        language.setItemLabelGenerator(l -> getTranslation("admin.reports.language." + l));
        generate.setText(getTranslation("admin.reports.generateNow"));
        HorizontalLayout form = new HorizontalLayout(kind, day, language, generate);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(form);
        add(new H2(getTranslation("admin.reports.archive")));
        buildGrid();
        add(grid);
        add(new H2(getTranslation("admin.reports.recipients")));
        add(new Paragraph(getTranslation("admin.reports.recipientsIntro")));
        buildRecipients();
        add(recipientRows);
    }

    private void buildGrid() {
        grid.removeAllColumns();
        var formats = this.formats.get();
        grid.addColumn(r -> getTranslation("admin.reports.kind." + r.kind())).setHeader(getTranslation("admin.reports.kind"))
                .setKey("kind").setAutoWidth(true);
        grid.addColumn(r -> getTranslation("admin.reports.period", formats.date(r.from()), formats.date(r.to())))
                .setHeader(getTranslation("admin.reports.periodHeader")).setKey("period").setAutoWidth(true);
        grid.addColumn(r -> getTranslation("admin.reports.language." + r.language()))
                .setHeader(getTranslation("admin.reports.language")).setKey("language").setAutoWidth(true);
        grid.addColumn(r -> getTranslation("admin.reports.status." + r.status())
                        + (r.lastError() == null || "READY".equals(r.status()) ? "" : " – " + r.lastError()))
                .setHeader(getTranslation("admin.reports.status")).setKey("status").setAutoWidth(true);
        grid.addColumn(r -> r.generatedAt() == null ? "–" : formats.dateTime(r.generatedAt()))
                .setHeader(getTranslation("admin.reports.generatedAt")).setKey("generated").setAutoWidth(true);
        grid.addComponentColumn(this::downloads).setHeader(getTranslation("admin.reports.files")).setKey("files")
                .setAutoWidth(true);
        if (edits) {
            grid.addComponentColumn(this::resendButton).setHeader(getTranslation("admin.reports.send")).setKey("send")
                    .setAutoWidth(true);
        }
        grid.setItems(reports);
    }

    private Div downloads(ReportArchiveSource.Report report) {
        Div links = new Div();
        links.addClassName("report-downloads");
        if (!"READY".equals(report.status())) {
            return links;
        }
        ReportArchiveSource.Archive of = owner;
        links.add(DownloadLink.of("report-" + report.id() + "-pdf", getTranslation("admin.dashboard.reportPdf"),
                        () -> archive.file(of, report, "PDF", null)),
                DownloadLink.of("report-" + report.id() + "-csv-utf8", getTranslation("admin.dashboard.reportCsvUtf8"),
                        () -> archive.file(of, report, "CSV", "UTF-8")),
                DownloadLink.of("report-" + report.id() + "-csv-sjis", getTranslation("admin.dashboard.reportCsvShiftJis"),
                        () -> archive.file(of, report, "CSV", "Shift_JIS")));
        return links;
    }

    /** "Send again" for a READY report, where the caller may change the recipients (the API decides either way). */
    private Div resendButton(ReportArchiveSource.Report report) {
        Div cell = new Div();
        if (edits && "READY".equals(report.status())) {
            Button send = new Button(getTranslation("admin.reports.resend"), e -> resend(report));
            send.setId("report-" + report.id() + "-resend");
            send.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            cell.add(send);
        }
        return cell;
    }

    /** E-mails the report once more to the recipients of its language, and says to whom. */
    void resend(ReportArchiveSource.Report report) {
        try {
            List<String> to = archive.resend(owner, report);
            Notification.show(to.isEmpty() ? getTranslation("admin.reports.resentNobody")
                    : getTranslation("admin.reports.resent", String.join(", ", to)), 5000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ApiProblemException e) {
            if (e.isForbidden()) {
                throw e;
            }
            Notification.show(e.problem().detail() == null ? getTranslation("admin.error.unexpected")
                    : e.problem().detail(), 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** Generates (or finds) the chosen period's report and shows the archive with it. */
    void generate() {
        day.setInvalid(false);
        try {
            ReportArchiveSource.Report made = archive.generate(owner, kind.getValue(), day.getValue(),
                    language.getValue());
            reports = archive.reports(owner);
            grid.setItems(reports);
            String key = "READY".equals(made.status()) ? "admin.reports.generated" : "admin.reports.pending";
            Notification.show(getTranslation(key, getTranslation("admin.reports.kind." + made.kind()),
                    this.formats.get().date(made.from()), this.formats.get().date(made.to())), 5000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ApiProblemException e) {
            if (e.isForbidden()) {
                throw e;
            }
            day.setErrorMessage(e.problem().detail());
            day.setInvalid(true);
        }
    }

    private void buildRecipients() {
        recipientRows.removeAll();
        recipientList.removeAll();
        recipientRows.add(recipientList);
        rows.clear();
                if (recipients.isEmpty() && !edits) {
            Span none = new Span(getTranslation("admin.reports.noRecipients"));
            none.setId("report-recipients-none");
            recipientRows.add(none);
        }
        for (ReportArchiveSource.Recipient r : recipients) {
            addRow(r, edits);
        }
        if (edits) {
            Button add = new Button(getTranslation("admin.reports.addRecipient"), e -> addRow(null, true));
            add.setId("report-recipient-add");
            Button save = new Button(getTranslation("admin.reports.saveRecipients"), e -> saveRecipients());
            save.setId("report-recipients-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            HorizontalLayout actions = new HorizontalLayout(add, save);
            actions.setId("report-recipient-actions");
            recipientRows.add(actions);
        }
    }

    private void addRow(ReportArchiveSource.Recipient recipient, boolean edits) {
        RecipientRow row = new RecipientRow(rows.size(), recipient, edits);
        rows.add(row);
        recipientList.add(row.layout);
    }

    /** Saves the list as shown; the backend's field errors land beside the address they are about. */
    void saveRecipients() {
        List<ReportArchiveSource.Recipient> wanted = new ArrayList<>();
        List<RecipientRow> kept = rows.stream().filter(r -> !r.removed && !r.email.getValue().isBlank()).toList();
        for (RecipientRow row : kept) {
            row.email.setInvalid(false);
            wanted.add(new ReportArchiveSource.Recipient(row.email.getValue().strip(),
                    "".equals(row.language.getValue()) ? null : row.language.getValue()));
        }
        try {
            recipients = archive.saveRecipients(owner, wanted);
            buildRecipients();
            Notification.show(getTranslation("admin.reports.recipientsSaved"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ApiProblemException e) {
            if (e.isForbidden()) {
                throw e;
            }
            boolean placed = false;
            for (var error : e.problem().errors()) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("recipients\\[(\\d+)]").matcher(
                        String.valueOf(error.field()));
                if (m.find() && Integer.parseInt(m.group(1)) < kept.size()) {
                    EmailField field = kept.get(Integer.parseInt(m.group(1))).email;
                    field.setErrorMessage(error.message());
                    field.setInvalid(true);
                    placed = true;
                }
            }
            if (!placed) {
                Notification.show(e.problem().detail() == null ? getTranslation("admin.error.unexpected")
                        : e.problem().detail(), 6000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }
    }

    /** One recipient's inputs: address, language ("" = the archive's default) and a remove button. */
    private final class RecipientRow {
        final EmailField email = new EmailField();
        final Select<String> language = new Select<>();
        final HorizontalLayout layout = new HorizontalLayout();
        boolean removed;

        RecipientRow(int index, ReportArchiveSource.Recipient recipient, boolean edits) {
            email.setId("report-recipient-email-" + index);
            email.setLabel(getTranslation("admin.reports.recipientEmail"));
            email.setValue(recipient == null ? "" : recipient.email());
            email.setReadOnly(!edits);
            language.setId("report-recipient-language-" + index);
            language.setLabel(getTranslation("admin.reports.language"));
            language.setItems("", "ja", "en");
            language.setItemLabelGenerator(l -> l.isEmpty() ? getTranslation(defaultLanguageKey)
                    : getTranslation("admin.reports.language." + l));
            language.setValue(recipient == null || recipient.language() == null ? "" : recipient.language());
            language.setReadOnly(!edits);
            layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            layout.add(email, language);
            if (edits) {
                Button remove = new Button(getTranslation("admin.reports.removeRecipient"), e -> {
                    removed = true;
                    layout.setVisible(false);
                });
                remove.setId("report-recipient-remove-" + index);
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                layout.add(remove);
            }
        }
    }
}
