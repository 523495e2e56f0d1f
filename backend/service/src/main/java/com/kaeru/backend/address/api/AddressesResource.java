package com.kaeru.backend.address.api;

import com.kaeru.api.address.AddressCheckDto;
import com.kaeru.api.address.AddressCheckRequest;
import com.kaeru.api.address.AddressesApi;
import com.kaeru.api.address.PostalCodeDto;
import com.kaeru.backend.address.application.AddressService;
import com.kaeru.backend.platform.web.RequestBodies;
import com.kaeru.backend.platform.web.RequestLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;

/** Public: no caller is looked at, so no token is needed (postal data is public). */
@RequestScoped
public class AddressesResource implements AddressesApi {
    @Inject
    AddressService service;
    @Inject
    RequestBodies bodies;
    @Context
    HttpHeaders headers;

    @Override
    public PostalCodeDto postalCode(String code) {
        return service.postalCode(code);
    }

    @Override
    public AddressCheckDto check(AddressCheckRequest request) {
        return service.check(bodies.validated(request), RequestLanguage.of(headers));
    }
}
