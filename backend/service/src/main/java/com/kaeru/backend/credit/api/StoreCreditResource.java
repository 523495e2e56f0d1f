package com.kaeru.backend.credit.api;

import com.kaeru.api.credit.StoreCreditAccountDto;
import com.kaeru.api.credit.StoreCreditApi;
import com.kaeru.api.credit.StoreCreditRedemptionDto;
import com.kaeru.api.credit.StoreCreditRedemptionRequest;
import com.kaeru.backend.credit.application.StoreCreditService;
import com.kaeru.backend.platform.web.RequestBodies;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@RequestScoped
@SecurityRequirement(name = "bearer")
public class StoreCreditResource implements StoreCreditApi {
    @Inject
    StoreCreditService credit;
    @Inject
    RequestBodies bodies;

    @Override
    public StoreCreditAccountDto account(String slug, String customerEmail) {
        return credit.account(slug, customerEmail);
    }

    @Override
    public StoreCreditRedemptionDto redeem(String slug, String idempotencyKey, StoreCreditRedemptionRequest request) {
        return credit.redeem(slug, idempotencyKey, bodies.validated(request));
    }
}
