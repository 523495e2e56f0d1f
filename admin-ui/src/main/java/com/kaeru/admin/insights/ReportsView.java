package com.kaeru.admin.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.kaeru.admin.api.StaffBackend;
import com.kaeru.admin.layout.CurrentStaff;
import com.kaeru.admin.layout.MainLayout;
import com.kaeru.admin.shops.ShopPage;
import com.kaeru.client.ApiProblemException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/**
 * {@code /admin/shops/{shop}/reports}: the shop's report archive (docs/insights.md) — every archived
 * report with its PDF and CSV downloads, "generate now" for a week, month or quarter chosen by a day
 * inside it, and who receives the monthly report. Analysts, managers and agency admins
 * ({@code VIEW_REPORTS}) see it; the API refuses operators, who get the refusal page. Only people who
 * may change settings edit the recipients; the API decides either way.
 */
@Route(value = "shops/:shop/reports", layout = MainLayout.class)
public class ReportsView extends ShopPage {
    static final String MANAGE_SETTINGS = "MANAGE_SETTINGS";
    private static final List<String> KINDS = List.of("MONTHLY", "WEEKLY", "QUARTERLY");
    private static final List<String> LANGUAGES = List.of("ja", "en");

    private final ReportArchiveSource archive;
    private final Grid<ReportArchiveSource.Report> grid = new Grid<>();
    private final Select<String> kind = new Select<>();
    private final DatePicker day = new DatePicker();
    private final Select<String> language = new Select<>();
    private final Button generate = new Button();
    private final VerticalLayout recipientRows = new VerticalLayout();
    private final VerticalLayout recipientList = new VerticalLayout();
    private final List<RecipientRow> rows = new ArrayList<>();
    private List<ReportArchiveSource.Report> reports = List.of();
    private List<ReportArchiveSource.Recipient> recipients = List.of();

    @Inject
    public ReportsView(StaffBackend backend, CurrentStaff staff, ReportArchiveSource archive) {
        super(backend, staff);
        this.archive = archive;
        setId("reports");
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
    }

    private boolean editsRecipients() {
        return staff.can(context.slug(), MANAGE_SETTINGS);
    }

    @Override
    protected void enterShop(BeforeEnterEvent event) {
        // An operator is refused here by the API (403): the refusal page says what it says.
        reports = archive.reports(context.slug());
        recipients = archive.recipients(context.slug());
        LocalDate today = context.formats().today();
        day.setValue(today.withDayOfMonth(1).minusMonths(1));
        day.setMax(today.minusDays(1));
        language.setValue("ja".equals(context.shop().defaultLanguage()) ? "ja" : "en");
        render();
    }

    @Override
    protected void relocalize() {
        render();
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("admin.reports.title")));
        add(new Paragraph(getTranslation("admin.reports.intro")));
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
        var formats = context.formats();
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
        grid.setItems(reports);
    }

    private Div downloads(ReportArchiveSource.Report report) {
        Div links = new Div();
        links.addClassName("report-downloads");
        if (!"READY".equals(report.status())) {
            return links;
        }
        String shop = context.slug();
        links.add(DownloadLink.of("report-" + report.id() + "-pdf", getTranslation("admin.dashboard.reportPdf"),
                        () -> archive.file(shop, report, "PDF", null)),
                DownloadLink.of("report-" + report.id() + "-csv-utf8", getTranslation("admin.dashboard.reportCsvUtf8"),
                        () -> archive.file(shop, report, "CSV", "UTF-8")),
                DownloadLink.of("report-" + report.id() + "-csv-sjis", getTranslation("admin.dashboard.reportCsvShiftJis"),
                        () -> archive.file(shop, report, "CSV", "Shift_JIS")));
        return links;
    }

    /** Generates (or finds) the chosen period's report and shows the archive with it. */
    void generate() {
        day.setInvalid(false);
        try {
            ReportArchiveSource.Report made = archive.generate(context.slug(), kind.getValue(), day.getValue(),
                    language.getValue());
            reports = archive.reports(context.slug());
            grid.setItems(reports);
            String key = "READY".equals(made.status()) ? "admin.reports.generated" : "admin.reports.pending";
            Notification.show(getTranslation(key, getTranslation("admin.reports.kind." + made.kind()),
                    context.formats().date(made.from()), context.formats().date(made.to())), 5000,
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
        boolean edits = editsRecipients();
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
            recipients = archive.saveRecipients(context.slug(), wanted);
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

    /** One recipient's inputs: address, language ("" = the shop's default) and a remove button. */
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
            language.setItemLabelGenerator(l -> l.isEmpty() ? getTranslation("admin.reports.language.default")
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

    @Override
    protected String pageTitle() {
        return getTranslation("admin.reports.title");
    }
}
