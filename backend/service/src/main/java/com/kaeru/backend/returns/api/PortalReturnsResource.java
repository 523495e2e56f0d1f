package com.kaeru.backend.returns.api;

import java.util.Locale;

import com.kaeru.api.portal.OrderAccessDto;
import com.kaeru.api.portal.OrderLookup;
import com.kaeru.api.portal.PortalOrderDto;
import com.kaeru.api.portal.PortalReturnsApi;
import com.kaeru.api.portal.ReturnSubmission;
import com.kaeru.api.returns.ReturnDto;
import com.kaeru.backend.platform.web.ClientAddress;
import com.kaeru.backend.platform.web.RequestBodies;
import com.kaeru.backend.platform.web.RequestLanguage;
import com.kaeru.backend.returns.application.PortalReturnService;
import com.kaeru.backend.returns.application.ReturnLabelService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

@RequestScoped
public class PortalReturnsResource implements PortalReturnsApi {
    @Inject
    PortalReturnService service;
    @Inject
    RequestBodies bodies;
    @Inject
    ReturnLabelService labels;
    @Inject
    ClientAddress clientAddress;
    @Context
    HttpHeaders headers;
    @Context
    HttpServletRequest request;

    private Locale locale() {
        return RequestLanguage.of(headers);
    }

    @Override
    public OrderAccessDto lookup(String slug, OrderLookup lookup) {
        return service.lookup(slug, bodies.validated(lookup), clientAddress.of(request));
    }

    @Override
    public PortalOrderDto order(String slug, String token) {
        return service.order(slug, token, locale());
    }

    @Override
    public ReturnDto submit(String slug, String token, ReturnSubmission submission) {
        return service.submit(slug, token, bodies.validated(submission), locale());
    }

    @Override
    public com.kaeru.api.portal.PortalCreditDto credit(String slug, String token) {
        return service.credit(slug, token);
    }

    @Override
    public ReturnDto status(String slug, String token, String rma) {
        return service.status(slug, token, rma, locale());
    }

    @Override
    public Response label(String slug, String token, String rma) {
        return LabelResponses.of(labels.forCustomer(slug, token, rma));
    }

    @Override
    public com.kaeru.api.returns.PhotoDto addPhoto(String slug, String token, String rma, long lineId,
                                                   java.io.InputStream image) {
        return service.addPhoto(slug, token, rma, lineId, image);
    }

    @Override
    public ReturnDto cancel(String slug, String token, String rma) {
        return service.cancel(slug, token, rma, locale());
    }

    @Override
    public ReturnDto answer(String slug, String token, String rma, com.kaeru.api.portal.QuestionAnswer answer) {
        return service.answer(slug, token, rma, bodies.validated(answer), locale());
    }

    @Override
    public ReturnDto rate(String slug, String token, String rma, com.kaeru.api.portal.ReturnRating rating) {
        return service.rate(slug, token, rma, bodies.validated(rating), locale());
    }

    @Override
    public com.kaeru.api.returns.BackorderOptionsDto backorderOptions(String slug, String token, String rma, long lineId) {
        return service.backorderOptions(slug, token, rma, lineId);
    }

    @Override
    public com.kaeru.api.returns.BackorderOptionsDto chooseBackorder(String slug, String token, String rma, long lineId,
                                                                    com.kaeru.api.returns.BackorderChoiceRequest choice) {
        return service.chooseBackorder(slug, token, rma, lineId, bodies.validated(choice));
    }
}
