package com.kaeru.backend.platform.openapi;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The frame of the OpenAPI document, read before Payara scans the annotations (registered as
 * {@code mp.openapi.model.reader}). Kept in code rather than in {@code @OpenAPIDefinition}: Payara
 * ignored that annotation on the application class and titled the document "Deployed Resources".
 *
 * <p>Staff calls default to a Keycloak bearer token (the root {@code security}); operations that an
 * API key may call too, and the public portal and address operations, say so on their interface.
 * Every tag is declared here once with its description.
 */
public class KaeruOpenApiModel implements OASModelReader {
    /** Security scheme names, as the contract's {@code @SecurityRequirement(name = ...)} use them. */
    public static final String BEARER = "bearer";
    public static final String API_KEY = "apiKey";

    @Override
    public OpenAPI buildModel() {
        return OASFactory.createOpenAPI()
                .openapi("3.0.3")
                .info(OASFactory.createInfo()
                        .title("Kaeru API")
                        .version("1.0.0")
                        .description("""
                                Returns and exchanges for online shops: the REST API behind Kaeru's customer \
                                portal and staff console, open to integrators.

                                Staff operations take a Keycloak access token (`Authorization: Bearer …`); \
                                integrations may use a per-shop API key (`X-Api-Key`) where an operation lists \
                                it. Portal and address operations are public; the portal's order operations take \
                                the short-lived order token from an order lookup (`X-Kaeru-Order-Token`). \
                                Refusals are RFC 9457 problem details; money is in integer minor units (yen).""")
                        .contact(OASFactory.createContact().name("Kaeru").url("https://kaeru.app")
                                .email("support@kaeru.app")))
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(BEARER))
                .components(OASFactory.createComponents()
                        .addSecurityScheme(BEARER, OASFactory.createSecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                                .description("A Keycloak access token of realm kaeru (audience kaeru-api)"))
                        .addSecurityScheme(API_KEY, OASFactory.createSecurityScheme()
                                .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name("X-Api-Key")
                                .description("A per-shop key created by a manager (POST /shops/{slug}/api-keys); "
                                        + "it may view the shop and send data, nothing else")))
                .tags(List.of(
                        tag("Addresses", "Japanese postal codes and address checks (public)"),
                        tag("Agency", "Client shops of an agency"),
                        tag("API keys", "Per-shop keys for integrators"),
                        tag("Audit", "Who did what and when"),
                        tag("Blocklist", "Customers the pre-approval policy treats as blocklisted"),
                        tag("Coupons", "Single-use coupons: issue, void, redeem"),
                        tag("Integration", "Idempotent bulk upserts of products, stock and orders"),
                        tag("Me", "The authenticated staff member"),
                        tag("Policy", "Pre-approval rules"),
                        tag("Portal", "Public endpoints of the customer portal"),
                        tag("Return reasons", "Per-shop structured return reasons"),
                        tag("Returns", "Return requests for shop staff"),
                        tag("Settings", "Shop configuration for managers"),
                        tag("Shops", "Shop settings for staff"),
                        tag("Team", "People and their roles in a shop"),
                        tag("Webhooks", "Outbound webhooks: endpoints, secrets, attempts and replays")));
    }

    private static org.eclipse.microprofile.openapi.models.tags.Tag tag(String name, String description) {
        return OASFactory.createTag().name(name).description(description);
    }
}
