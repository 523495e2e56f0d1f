package com.kaeru.backend.returns.api;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.kaeru.api.returns.Decision;
import com.kaeru.api.returns.GradeSubmission;
import com.kaeru.api.returns.InfoRequest;
import com.kaeru.api.returns.NoteSubmission;
import com.kaeru.api.returns.ReturnDto;
import com.kaeru.api.returns.ReturnNoteDto;
import com.kaeru.api.returns.ReturnPageDto;
import com.kaeru.api.returns.ReturnsApi;
import com.kaeru.backend.platform.text.CsvEncoding;
import com.kaeru.backend.platform.web.RequestBodies;
import com.kaeru.backend.platform.web.RequestLanguage;
import com.kaeru.backend.returns.application.ReturnLabelService;
import com.kaeru.backend.returns.application.ReturnExport;
import com.kaeru.backend.returns.application.ReturnFilters;
import com.kaeru.backend.returns.application.StaffReturnService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@RequestScoped
@SecurityRequirement(name = "bearer")
public class ReturnsResource implements ReturnsApi {
    @Inject
    StaffReturnService service;
    @Inject
    ReturnExport export;
    @Inject
    RequestBodies bodies;
    @Inject
    ReturnLabelService labels;
    @Context
    HttpHeaders headers;

    private Locale locale() {
        return RequestLanguage.of(headers);
    }

    @Override
    public ReturnPageDto search(String slug, String status, String query, boolean overdueOnly, String reason,
                                String resolution, String returnMethod, String from, String to, String dateField,
                                String question, String refund, String upgradePayment, int page, int size) {
        return service.search(slug, new ReturnFilters(status, query, overdueOnly, reason, resolution, returnMethod,
                from, to, dateField, question, refund, upgradePayment), page, size);
    }

    @Override
    public Response export(String slug, String status, String query, boolean overdueOnly, String reason,
                           String resolution, String returnMethod, String from, String to, String dateField,
                           String question, String refund, String upgradePayment, String charset, boolean bom) {
        CsvEncoding encoding = CsvEncoding.of(charset);
        ReturnFilters filters = new ReturnFilters(status, query, overdueOnly, reason, resolution, returnMethod, from,
                to, dateField, question, refund, upgradePayment);
        Locale locale = locale();
        // Refusals (403, 422) happen here, before the 200 and the first bytes are sent.
        String file = "returns-" + export.check(slug, filters).slug().value() + "-"
                + LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.BASIC_ISO_DATE) + ".csv";
        StreamingOutput body = out -> {
            try (ReturnsCsv csv = new ReturnsCsv(encoding.writer(out, bom), encoding)) {
                export.export(slug, filters, locale, csv::row);
            }
        };
        return Response.ok(body, encoding.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header("Cache-Control", "no-store").build();
    }

    @Override
    public ReturnDto get(String slug, String rma) {
        return service.get(slug, rma, locale());
    }

    @Override
    public Response photo(String slug, String rma, long photoId) {
        var image = service.photo(slug, rma, photoId);
        return Response.ok(image.data(), image.contentType())
                .header("Cache-Control", "private, max-age=3600")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @Override
    public jakarta.ws.rs.core.Response label(String slug, String rma) {
        return LabelResponses.of(labels.forStaff(slug, rma));
    }

    @Override
    public ReturnDto approve(String slug, String rma, Decision decision) {
        return service.approve(slug, rma, decision == null ? null : bodies.validated(decision), locale());
    }

    @Override
    public ReturnDto reject(String slug, String rma, Decision decision) {
        return service.reject(slug, rma, bodies.validated(decision), locale());
    }

    @Override
    public ReturnDto receive(String slug, String rma) {
        return service.receive(slug, rma, locale());
    }

    @Override
    public ReturnDto grade(String slug, String rma, long lineId, GradeSubmission grades) {
        return service.grade(slug, rma, lineId, bodies.validated(grades), locale());
    }

    @Override
    public ReturnDto cancel(String slug, String rma, Decision decision) {
        return service.cancel(slug, rma, decision == null ? null : bodies.validated(decision), locale());
    }

    @Override
    public List<ReturnNoteDto> notes(String slug, String rma) {
        return service.notes(slug, rma);
    }

    @Override
    public ReturnNoteDto addNote(String slug, String rma, NoteSubmission note) {
        return service.addNote(slug, rma, bodies.validated(note));
    }

    @Override
    public ReturnDto requestInfo(String slug, String rma, InfoRequest request) {
        return service.requestInfo(slug, rma, bodies.validated(request), locale());
    }

    @Override
    public ReturnDto approveRefund(String slug, String rma, long refundId) {
        return service.approveRefund(slug, rma, refundId, locale());
    }

    @Override
    public ReturnDto retryRefund(String slug, String rma, long refundId) {
        return service.retryRefund(slug, rma, refundId, locale());
    }

    @Override
    public ReturnDto retryUpgradePayment(String slug, String rma) {
        return service.retryUpgradePayment(slug, rma, locale());
    }

    @Override
    public ReturnDto declineRefund(String slug, String rma, long refundId) {
        return service.declineRefund(slug, rma, refundId, locale());
    }

    @Override
    public com.kaeru.api.returns.BackorderOptionsDto backorderOptions(String slug, String rma, long lineId) {
        return service.backorderOptions(slug, rma, lineId);
    }

    @Override
    public com.kaeru.api.returns.BackorderOptionsDto chooseBackorder(String slug, String rma, long lineId,
                                                                    com.kaeru.api.returns.BackorderChoiceRequest choice) {
        return service.chooseBackorder(slug, rma, lineId, bodies.validated(choice));
    }
}
