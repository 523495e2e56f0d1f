package com.kaeru.admin.settings;

import java.io.ByteArrayInputStream;
import java.util.List;

import com.kaeru.admin.api.StaffBackend;
import com.kaeru.admin.layout.CurrentStaff;
import com.kaeru.admin.layout.MainLayout;
import com.kaeru.api.integration.ImportJobDto;
import com.kaeru.api.integration.OrderRecord;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

/**
 * {@code /admin/shops/{shop}/settings/imports}: CSV imports of orders, the catalog and stock counts. A file (UTF-8 or Shift_JIS, a preset layout) is
 * uploaded and previewed — counts, the first orders as they will be imported, each row error with its line and
 * column — then committed all-or-nothing or valid rows only. The history lists every import with its errors as CSV.
 */
@Route(value = "shops/:shop/settings/imports", layout = MainLayout.class)
public class ImportsView extends SettingsPage {
    static final List<String> KINDS = List.of("ORDERS", "PRODUCTS", "STOCK");
    static final List<String> PRESETS = List.of("GENERIC", "RAKUTEN_RMS", "AMAZON_SELLER_CENTRAL", "SHOPIFY");
    static final List<String> CHARSETS = List.of("", "UTF-8", "Shift_JIS");

    private final H1 title = new H1();
    private final Paragraph help = new Paragraph();
    final ComboBox<String> kind = new ComboBox<>();
    final ComboBox<String> preset = new ComboBox<>();
    final ComboBox<String> charset = new ComboBox<>();
    final Upload upload = new Upload();
    final Paragraph summary = new Paragraph();
    /** A large file is imported in the background (202): the bar follows the job, polled every second. */
    final ProgressBar progress = new ProgressBar();
    static final int POLL_MILLIS = 1000;
    private Registration polling;
    final Grid<OrderRecord> sample = new Grid<>();
    final Grid<ImportJobDto.RowError> errors = new Grid<>();
    final Button commitAll = new Button();
    final Button commitValid = new Button();
    private final H2 historyTitle = new H2();
    final Grid<ImportJobDto> history = new Grid<>();
    private ImportJobDto previewed;

    @Inject
    public ImportsView(StaffBackend backend, CurrentStaff staff) {
        super(backend, staff);
        setId("imports-view");
        setSizeFull();
        kind.setId("import-kind");
        kind.setItems(KINDS);
        kind.setValue("ORDERS");
        kind.addValueChangeListener(e -> preset.setVisible("ORDERS".equals(e.getValue())));
        preset.setId("import-preset");
        preset.setItems(PRESETS);
        preset.setValue("GENERIC");
        charset.setId("import-charset");
        charset.setItems(CHARSETS);
        charset.setValue("");
        charset.setItemLabelGenerator(c -> c.isEmpty() ? getTranslation("admin.imports.charset.detect") : c);
        upload.setId("import-upload");
        upload.setAcceptedFileTypes("text/csv", ".csv", ".txt");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(com.kaeru.api.integration.ImportsApi.MAX_FILE_BYTES);
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            preview(metadata.fileName(), bytes);
            upload.clearFileList();
        }));
        summary.setId("import-summary");
        progress.setId("import-progress");
        sample.setId("import-sample");
        sample.addColumn(o -> o.orderNumber).setKey("orderNumber").setAutoWidth(true);
        sample.addColumn(o -> o.customerName).setKey("customer").setAutoWidth(true);
        sample.addColumn(o -> o.lines == null ? 0 : o.lines.size()).setKey("lines").setAutoWidth(true);
        sample.setAllRowsVisible(true);
        errors.setId("import-errors");
        errors.addColumn(ImportJobDto.RowError::line).setKey("line").setAutoWidth(true);
        errors.addColumn(ImportJobDto.RowError::column).setKey("column").setAutoWidth(true);
        errors.addColumn(ImportJobDto.RowError::message).setKey("message").setFlexGrow(1);
        errors.setMaxHeight("18rem");
        commitAll.setId("import-commit-all");
        commitAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commitAll.addClickListener(e -> commit("ALL_OR_NOTHING"));
        commitValid.setId("import-commit-valid");
        commitValid.addClickListener(e -> commit("VALID_ONLY"));
        history.setId("import-history");
        history.addColumn(j -> context.formats().dateTime(j.createdAt())).setKey("createdAt").setAutoWidth(true);
        history.addColumn(ImportJobDto::createdBy).setKey("createdBy").setAutoWidth(true);
        history.addColumn(ImportJobDto::fileName).setKey("fileName").setAutoWidth(true);
        history.addColumn(j -> getTranslation("admin.imports.kind." + j.kind())).setKey("kind").setAutoWidth(true);
        history.addColumn(j -> getTranslation("admin.imports.status." + j.status())).setKey("status").setAutoWidth(true);
        history.addColumn(j -> getTranslation("admin.imports.counts", j.totalRows(), j.validOrders(),
                j.invalidOrders(), j.imported())).setKey("counts").setAutoWidth(true);
        history.addComponentColumn(this::errorsLink).setKey("errors").setAutoWidth(true);
        showPreview(null);
    }

    @Override
    protected String titleKey() {
        return "admin.imports.title";
    }

    @Override
    protected void build() {
        HorizontalLayout options = new HorizontalLayout(kind, preset, charset, upload);
        options.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(title, help, options, summary, progress, sample, errors, new HorizontalLayout(commitAll, commitValid),
                historyTitle, history);
        refresh();
        texts();
    }

    private void refresh() {
        history.setItems(backend.imports().history(context.slug()));
    }

    void preview(String fileName, byte[] bytes) {
        String chosen = charset.getValue() == null || charset.getValue().isEmpty() ? null : charset.getValue();
        attempt(() -> showPreview(switch (kind.getValue() == null ? "ORDERS" : kind.getValue()) {
            case "PRODUCTS" -> backend.imports().previewProducts(context.slug(), fileName, chosen, bytes);
            case "STOCK" -> backend.imports().previewStock(context.slug(), fileName, chosen, bytes);
            default -> backend.imports().previewOrders(context.slug(), fileName,
                    preset.getValue() == null ? "GENERIC" : preset.getValue(), chosen, bytes);
        }))
                .ifPresent(problem -> summary.setText(problem.problem().detail()));
        refresh();
    }

    private void commit(String mode) {
        if (previewed == null) {
            return;
        }
        attempt(() -> {
            // 200 with the committed job, or 202 with the job COMMITTING in the background
            showPreview(backend.imports().commit(context.slug(), previewed.id(), mode).readEntity(ImportJobDto.class));
            if ("COMMITTED".equals(previewed.status())) {
                saved("admin.imports.committed", previewed.imported());
            }
        }).ifPresent(problem -> summary.setText(problem.problem().detail()));
        refresh();
    }

    /** One poll while a job is COMMITTING: reload it; when it is done, stop polling and show the result. */
    void poll() {
        if (previewed == null) {
            return;
        }
        attempt(() -> {
            showPreview(backend.imports().job(context.slug(), previewed.id()));
            if ("COMMITTED".equals(previewed.status())) {
                saved("admin.imports.committed", previewed.imported());
                refresh();
            } else if (!"COMMITTING".equals(previewed.status())) {
                refresh();
            }
        }).ifPresent(problem -> summary.setText(problem.problem().detail()));
    }

    private void follow(boolean running) {
        getUI().ifPresent(ui -> {
            if (running && polling == null) {
                ui.setPollInterval(POLL_MILLIS);
                polling = ui.addPollListener(e -> poll());
            } else if (!running && polling != null) {
                polling.remove();
                polling = null;
                ui.setPollInterval(-1);
            }
        });
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent detachEvent) {
        follow(false);
        super.onDetach(detachEvent);
    }

    private void showPreview(ImportJobDto job) {
        previewed = job;
        boolean open = job != null && "PREVIEWED".equals(job.status());
        boolean running = job != null && "COMMITTING".equals(job.status());
        progress.setVisible(running);
        if (running) {
            progress.setValue(job.progressTotal() == 0 ? 0 : (double) job.progressDone() / job.progressTotal());
        }
        follow(running);
        sample.setVisible(job != null && !job.sample().isEmpty());
        errors.setVisible(job != null && !job.errors().isEmpty());
        commitAll.setVisible(open);
        commitValid.setVisible(open);
        commitAll.setEnabled(open && job.errorCount() == 0 && job.validOrders() > 0);
        commitValid.setEnabled(open && job.validOrders() > 0);
        if (job == null) {
            summary.setText("");
            return;
        }
        sample.setItems(job.sample());
        errors.setItems(job.errors());
        String key = switch (job.status()) {
            case "COMMITTED" -> "admin.imports.done";
            case "COMMITTING" -> "admin.imports.running";
            default -> "admin.imports.preview";
        };
        String text = getTranslation(key, job.fileName(), job.charset(), job.totalRows(), job.validOrders(),
                job.invalidOrders(), job.errorCount(), job.imported(), job.progressDone(), job.progressTotal());
        summary.setText(job.failure() == null || !open ? text : job.failure() + " " + text);
    }

    private Anchor errorsLink(ImportJobDto job) {
        Anchor link = new Anchor();
        link.setId("import-errors-csv-" + job.id());
        link.setText(getTranslation("admin.imports.errorsCsv", job.errorCount()));
        link.setVisible(job.errorCount() > 0);
        link.setHref(DownloadHandler.fromInputStream(e -> {
            Response response = backend.imports().errors(context.slug(), job.id());
            byte[] body = response.readEntity(byte[].class);
            return new DownloadResponse(new ByteArrayInputStream(body), "import-" + job.id() + "-errors.csv",
                    "text/csv; charset=UTF-8", body.length);
        }));
        link.getElement().setAttribute("download", true);
        link.setRouterIgnore(true);
        return link;
    }

    @Override
    protected void texts() {
        title.setText(getTranslation("admin.imports.title"));
        help.setText(getTranslation("admin.imports.help"));
        kind.setLabel(getTranslation("admin.imports.kind"));
        kind.setItemLabelGenerator(k -> getTranslation("admin.imports.kind." + k));
        preset.setLabel(getTranslation("admin.imports.preset"));
        preset.setItemLabelGenerator(p -> getTranslation("admin.imports.preset." + p));
        charset.setLabel(getTranslation("admin.imports.charset"));
        upload.setUploadButton(new Button(getTranslation("admin.imports.upload")));
        commitAll.setText(getTranslation("admin.imports.commitAll"));
        commitValid.setText(getTranslation("admin.imports.commitValid"));
        historyTitle.setText(getTranslation("admin.imports.history"));
        // Every column's header is admin.imports.col.<its key>.
        for (Grid<?> grid : List.of(sample, errors, history)) {
            grid.getColumns().forEach(c -> c.setHeader(getTranslation("admin.imports.col." + c.getKey())));
        }
    }
}
