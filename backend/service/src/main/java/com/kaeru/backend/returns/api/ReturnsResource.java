package com.kaeru.backend.returns.api;

import java.util.Locale;

import com.kaeru.api.returns.Decision;
import com.kaeru.api.returns.GradeSubmission;
import com.kaeru.api.returns.ReturnDto;
import com.kaeru.api.returns.ReturnPageDto;
import com.kaeru.api.returns.ReturnsApi;
import com.kaeru.backend.platform.web.RequestBodies;
import com.kaeru.backend.platform.web.RequestLanguage;
import com.kaeru.backend.returns.application.ReturnLabelService;
import com.kaeru.backend.returns.application.StaffReturnService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@RequestScoped
@SecurityRequirement(name = "bearer")
public class ReturnsResource implements ReturnsApi {
    @Inject
    StaffReturnService service;
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
    public ReturnPageDto search(String slug, String status, String query, boolean overdueOnly, int page, int size) {
        return service.search(slug, status, query, overdueOnly, page, size);
    }

    @Override
    public ReturnDto get(String slug, String rma) {
        return service.get(slug, rma, locale());
    }

    @Override
    public jakarta.ws.rs.core.Response photo(String slug, String rma, long photoId) {
        var image = service.photo(slug, rma, photoId);
        return jakarta.ws.rs.core.Response.ok(image.data(), image.contentType())
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
    public ReturnDto approveRefund(String slug, String rma, long refundId) {
        return service.approveRefund(slug, rma, refundId, locale());
    }
}
