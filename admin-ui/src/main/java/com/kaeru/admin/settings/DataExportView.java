package com.kaeru.admin.settings;

import java.io.InputStream;
import java.util.List;

import com.kaeru.admin.api.ApiErrorHandling;
import com.kaeru.admin.api.StaffBackend;
import com.kaeru.admin.layout.CurrentStaff;
import com.kaeru.admin.layout.MainLayout;
import com.kaeru.api.dataexport.DataExportDto;
import com.kaeru.api.dataexport.ShopClosureDto;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

/**
 * {@code /admin/shops/{shop}/settings/data-export} (the link in the "export ready" e-mail): ask for an export of
 * everything of the shop, watch its progress (the page polls while one runs), download it until it expires; and
 * close the shop (a confirm dialog says what happens) or reopen it before its data is deleted.
 */
@Route(value = "shops/:shop/settings/data-export", layout = MainLayout.class)
public class DataExportView extends SettingsPage {
    private final H1 title = new H1();
    private final Paragraph help = new Paragraph();
    final Button request = new Button();
    final ProgressBar progress = new ProgressBar(0, 100);
    final Grid<DataExportDto> exports = new Grid<>();
    private final H2 closeTitle = new H2();
    final Paragraph closure = new Paragraph();
    final Button close = new Button();
    final Button reopen = new Button();

    @Inject
    public DataExportView(StaffBackend backend, CurrentStaff staff) {
        super(backend, staff);
        setId("data-export-view");
        request.setId("data-export-request");
        request.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        request.addClickListener(e -> requestExport());
        progress.setId("data-export-progress");
        exports.setId("data-export-list");
        exports.addColumn(x -> context.formats().dateTime(x.createdAt())).setKey("createdAt").setAutoWidth(true);
        exports.addColumn(DataExportDto::requestedBy).setKey("requestedBy").setAutoWidth(true);
        exports.addColumn(x -> getTranslation("admin.dataExport.status." + x.status(), x.progress()))
                .setKey("status").setAutoWidth(true);
        exports.addColumn(x -> x.expiresAt() == null ? "" : context.formats().dateTime(x.expiresAt()))
                .setKey("expiresAt").setAutoWidth(true);
        exports.addComponentColumn(this::downloadLink).setKey("download").setAutoWidth(true);
        exports.setAllRowsVisible(true);
        closure.setId("shop-closure");
        close.setId("shop-close");
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        close.addClickListener(e -> confirmClose());
        reopen.setId("shop-reopen");
        reopen.addClickListener(e -> attempt(() -> {
            showClosure(backend.shopClosure().reopen(context.slug()));
            saved("admin.dataExport.reopened");
        }).ifPresent(ApiErrorHandling::show));
    }

    @Override
    protected String titleKey() {
        return "admin.dataExport.title";
    }

    @Override
    protected void build() {
        add(title, help, request, progress, exports, closeTitle, closure, close, reopen);
        refresh();
        showClosure(backend.shopClosure().get(context.slug()));
        texts();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        // While an export is being written the page asks again every few seconds (progress bar).
        event.getUI().setPollInterval(3000);
        event.getUI().addPollListener(e -> {
            if (context != null && progress.isVisible()) {
                refresh();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }

    void refresh() {
        List<DataExportDto> list = backend.dataExports().list(context.slug());
        exports.setItems(list);
        DataExportDto running = list.stream().filter(x -> "QUEUED".equals(x.status()) || "RUNNING".equals(x.status()))
                .findFirst().orElse(null);
        progress.setVisible(running != null);
        progress.setValue(running == null ? 0 : running.progress());
    }

    void requestExport() {
        attempt(() -> {
            backend.dataExports().request(context.slug());
            saved("admin.dataExport.requested");
        }).ifPresent(ApiErrorHandling::show);
        refresh();
    }

    private void confirmClose() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("shop-close-dialog");
        confirm.setHeader(getTranslation("admin.dataExport.close.title", context.shop().name()));
        confirm.setText(getTranslation("admin.dataExport.close.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("admin.cancel"));
        confirm.setConfirmText(getTranslation("admin.dataExport.close"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> attempt(() -> {
            showClosure(backend.shopClosure().close(context.slug()));
            saved("admin.dataExport.closed");
            refresh();
        }).ifPresent(ApiErrorHandling::show));
        confirm.open();
    }

    void showClosure(ShopClosureDto state) {
        close.setVisible(!state.closed());
        reopen.setVisible(state.closed() && state.dataDeletedAt() == null);
        closure.setText(state.closed()
                ? getTranslation("admin.dataExport.closedSince", context.formats().dateTime(state.closedAt()),
                        state.closedBy(), context.formats().dateTime(state.deletionDueAt()))
                : getTranslation("admin.dataExport.open"));
    }

    private Anchor downloadLink(DataExportDto export) {
        Anchor link = new Anchor();
        link.setId("data-export-download-" + export.id());
        link.setText(getTranslation("admin.dataExport.download"));
        link.setVisible(export.downloadPath() != null);
        link.setHref(DownloadHandler.fromInputStream(e -> {
            Response response = backend.dataExports().download(context.slug(), export.id());
            return new DownloadResponse(response.readEntity(InputStream.class),
                    "kaeru-" + context.slug() + "-export-" + export.id() + ".zip", "application/zip",
                    response.getLength());
        }));
        link.getElement().setAttribute("download", true);
        link.setRouterIgnore(true);
        return link;
    }

    @Override
    protected void texts() {
        title.setText(getTranslation("admin.dataExport.title"));
        help.setText(getTranslation("admin.dataExport.help"));
        request.setText(getTranslation("admin.dataExport.request"));
        closeTitle.setText(getTranslation("admin.dataExport.closeTitle"));
        close.setText(getTranslation("admin.dataExport.close"));
        reopen.setText(getTranslation("admin.dataExport.reopen"));
        exports.getColumns().forEach(c -> c.setHeader(getTranslation("admin.dataExport.col." + c.getKey())));
    }
}
