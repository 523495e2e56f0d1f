package com.kaeru.admin.inventory;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

import com.kaeru.api.carriers.CarriersApi;
import com.kaeru.api.carriers.TrackingImportResultDto;
import com.kaeru.client.ApiProblemException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.ws.rs.core.Response;

/**
 * The carriers' files on the shipments page: every slip to print (return pickups and exchange
 * shipments) as Yamato B2クラウド or Sagawa e飛伝 CSV, and, for operators, the tracking numbers back
 * in (the carrier's issued-data CSV or Kaeru's rma,line,carrier,tracking) with a summary: how many
 * lines updated something, how many were already so, and each failed line with its number.
 */
public class CarrierFilesSection extends VerticalLayout implements com.vaadin.flow.i18n.LocaleChangeObserver {
    /** Larger files are refused by the API too; the browser stops them first. */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    private final Supplier<CarriersApi> api;
    private final String slug;
    private final H2 title = new H2();
    final Anchor b2Cloud = new Anchor();
    final Anchor eHiden = new Anchor();
    final Upload trackingUpload = new Upload();
    final Paragraph summary = new Paragraph();
    final UnorderedList errors = new UnorderedList();

    public CarrierFilesSection(Supplier<CarriersApi> api, String slug, boolean canImport) {
        this.api = api;
        this.slug = slug;
        setId("carrier-files");
        setPadding(false);
        b2Cloud.setId("carrier-b2cloud-csv");
        b2Cloud.setHref(DownloadHandler.fromInputStream(e -> download(true)));
        eHiden.setId("carrier-ehiden-csv");
        eHiden.setHref(DownloadHandler.fromInputStream(e -> download(false)));
        for (Anchor a : new Anchor[] {b2Cloud, eHiden}) {
            a.getElement().setAttribute("download", true);
            a.setRouterIgnore(true);
        }
        add(title, new HorizontalLayout(b2Cloud, eHiden));
        if (canImport) {
            trackingUpload.setId("carrier-tracking-upload");
            trackingUpload.setAcceptedFileTypes("text/csv", ".csv", ".txt");
            trackingUpload.setMaxFiles(1);
            trackingUpload.setMaxFileSize(MAX_BYTES);
            trackingUpload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
                imported(bytes);
                trackingUpload.clearFileList();
            }));
            summary.setId("carrier-tracking-summary");
            errors.setId("carrier-tracking-errors");
            add(trackingUpload, summary, errors);
        }
        texts();
    }

    private DownloadResponse download(boolean yamato) {
        Response response = yamato ? api.get().exportB2Cloud(slug, "all") : api.get().exportEHiden(slug, "all");
        byte[] body = response.readEntity(byte[].class);
        String file = (yamato ? "b2cloud-" : "ehiden-") + slug + ".csv";
        return new DownloadResponse(new ByteArrayInputStream(body), file, "text/csv; charset=Shift_JIS", body.length);
    }

    /** Sends an uploaded tracking file and shows what each line did; a refused file shows the API's words. */
    void imported(byte[] csv) {
        errors.removeAll();
        try {
            TrackingImportResultDto result = api.get().importCsv(slug, csv);
            summary.setText(getTranslation("admin.carriers.result", result.updated(), result.unchanged(),
                    result.errors().size()));
            result.errors().forEach(e -> errors.add(new ListItem(getTranslation("admin.carriers.error", e.line(),
                    e.message()))));
        } catch (ApiProblemException e) {
            summary.setText(e.problem().detail() == null ? getTranslation("admin.carriers.refused")
                    : e.problem().detail());
        }
    }

    @Override
    public void localeChange(com.vaadin.flow.i18n.LocaleChangeEvent event) {
        texts();
    }

    /** Labels in the console's current language. */
    void texts() {
        title.setText(getTranslation("admin.carriers.title"));
        b2Cloud.setText(getTranslation("admin.carriers.b2cloud"));
        eHiden.setText(getTranslation("admin.carriers.ehiden"));
        trackingUpload.setUploadButton(new com.vaadin.flow.component.button.Button(getTranslation("admin.carriers.upload")));
    }
}
