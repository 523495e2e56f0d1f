package com.kaeru.backend.credit.api;

import com.kaeru.api.credit.GiftCodeDto;
import com.kaeru.api.credit.GiftCodeRedemption;
import com.kaeru.api.credit.GiftCodesApi;
import com.kaeru.backend.credit.application.GiftCodeService;
import com.kaeru.backend.platform.web.RequestBodies;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@RequestScoped
@SecurityRequirement(name = "bearer")
public class GiftCodesResource implements GiftCodesApi {
    @Inject
    GiftCodeService codes;
    @Inject
    RequestBodies bodies;

    @Override
    public GiftCodeDto get(String slug, String code) {
        return codes.get(slug, code);
    }

    @Override
    public GiftCodeDto redeem(String slug, String code, String idempotencyKey, GiftCodeRedemption redemption) {
        return codes.redeem(slug, code, idempotencyKey, bodies.validated(redemption));
    }
}
