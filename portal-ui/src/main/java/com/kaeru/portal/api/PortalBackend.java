package com.kaeru.portal.api;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import com.kaeru.api.address.AddressCheckDto;
import com.kaeru.api.address.AddressCheckRequest;
import com.kaeru.api.address.AddressesApi;
import com.kaeru.api.address.PostalCodeDto;
import com.kaeru.api.portal.OrderAccessDto;
import com.kaeru.api.portal.OrderLookup;
import com.kaeru.api.portal.PortalOrderDto;
import com.kaeru.api.portal.PortalReturnsApi;
import com.kaeru.api.portal.PortalShopDto;
import com.kaeru.api.portal.PortalShopsApi;
import com.kaeru.api.portal.ReturnSubmission;
import com.kaeru.api.returns.PhotoDto;
import com.kaeru.api.returns.ReturnDto;
import com.kaeru.client.ApiClients;
import com.kaeru.client.ApiProblemException;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The backend's public portal endpoints, called on behalf of the visitor: their language and
 * their address (so the lookup throttle counts visitors, not this server). Failures surface as
 * {@link ApiProblemException} with a message in the visitor's language.
 */
@ApplicationScoped
public class PortalBackend {
    @Inject
    @ConfigProperty(name = "kaeru.api.url")
    String apiUrl;
    /** Reverse proxies in front of the portal (addresses or CIDR ranges), whose X-Forwarded-For is believed. */
    @Inject
    @ConfigProperty(name = "kaeru.web.trusted-proxies")
    java.util.Optional<String> trustedProxies;

    private ApiClients clients;
    private com.kaeru.api.http.ForwardedClient forwarded;

    @PostConstruct
    void init() {
        clients = new ApiClients(URI.create(apiUrl));
        forwarded = com.kaeru.api.http.ForwardedClient.trusting(trustedProxies.orElse(""));
    }

    private PortalReturnsApi returns(Locale locale) {
        return clients.onBehalfOf(PortalReturnsApi.class, () -> locale, this::visitorAddress);
    }

    /**
     * The visitor's address as the API should count it: the browser's, or, behind a reverse proxy
     * listed in {@code kaeru.web.trusted-proxies}, the client that proxy forwarded for.
     */
    private String visitorAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        // Every header line, in order: some proxies add a line of their own instead of appending.
        return request == null ? null : forwarded.resolve(request.getRemoteAddr(),
                String.join(",", java.util.Collections.list(request.getHeaders("X-Forwarded-For"))));
    }

    /** The shop's public branding, or empty when there is no such shop. */
    public Optional<PortalShopDto> shop(String slug, Locale locale) {
        try {
            return Optional.of(clients.anonymous(PortalShopsApi.class, () -> locale).shop(slug));
        } catch (ApiProblemException e) {
            if (e.isNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    public OrderAccessDto lookup(String slug, String orderNumber, String emailOrPhone, Locale locale) {
        return returns(locale).lookup(slug, new OrderLookup(orderNumber, emailOrPhone));
    }

    public PortalOrderDto order(String slug, String token, Locale locale) {
        return returns(locale).order(slug, token);
    }

    public ReturnDto submit(String slug, String token, ReturnSubmission submission, Locale locale) {
        return returns(locale).submit(slug, token, submission);
    }

    public PhotoDto addPhoto(String slug, String token, String rma, long lineId, byte[] image, Locale locale) {
        return returns(locale).addPhoto(slug, token, rma, lineId, new ByteArrayInputStream(image));
    }

    public ReturnDto status(String slug, String token, String rma, Locale locale) {
        return returns(locale).status(slug, token, rma);
    }

    /** The opened order's customer's store credit and gift codes. */
    public com.kaeru.api.portal.PortalCreditDto credit(String slug, String token, Locale locale) {
        return returns(locale).credit(slug, token);
    }

    /** The prepaid label PDF of a return of the opened order. */
    public byte[] label(String slug, String token, String rma, Locale locale) {
        try (jakarta.ws.rs.core.Response response = returns(locale).label(slug, token, rma)) {
            return response.readEntity(byte[].class);
        }
    }

    /** The towns of a postal code, or empty when there is no such code. */
    public Optional<PostalCodeDto> postalCode(String code, Locale locale) {
        try {
            return Optional.of(clients.anonymous(AddressesApi.class, () -> locale).postalCode(code));
        } catch (ApiProblemException e) {
            if (e.isNotFound() || e.status() == 400) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** What is wrong with an address as typed so far (mismatching postal code, missing block number). */
    public AddressCheckDto checkAddress(AddressCheckRequest typed, Locale locale) {
        return clients.anonymous(AddressesApi.class, () -> locale).check(typed);
    }

    public ReturnDto cancel(String slug, String token, String rma, Locale locale) {
        return returns(locale).cancel(slug, token, rma);
    }

    /** The customer's rating of the completed return (once; a second answers the stored one). */
    public ReturnDto rate(String slug, String token, String rma, int stars, String comment, Locale locale) {
        return returns(locale).rate(slug, token, rma, new com.kaeru.api.portal.ReturnRating(stars, comment));
    }

    /** The customer's answer to the shop's waiting question. */
    public ReturnDto answer(String slug, String token, String rma, String message, Locale locale) {
        return returns(locale).answer(slug, token, rma, new com.kaeru.api.portal.QuestionAnswer(message));
    }

    /** What the customer may choose for an exchange line waiting for stock. */
    public com.kaeru.api.returns.BackorderOptionsDto backorderOptions(String slug, String token, String rma, long lineId,
                                                                     Locale locale) {
        return returns(locale).backorderOptions(slug, token, rma, lineId);
    }

    /** The customer's choice for it. */
    public com.kaeru.api.returns.BackorderOptionsDto chooseBackorder(String slug, String token, String rma, long lineId,
                                                                    com.kaeru.api.returns.BackorderChoice choice,
                                                                    String sku, Locale locale) {
        return returns(locale).chooseBackorder(slug, token, rma, lineId,
                new com.kaeru.api.returns.BackorderChoiceRequest(choice, sku));
    }
}
