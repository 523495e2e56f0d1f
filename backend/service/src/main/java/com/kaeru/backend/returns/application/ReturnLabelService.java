package com.kaeru.backend.returns.application;

import com.kaeru.backend.returns.label.ReturnLabelRenderer;
import com.kaeru.backend.returns.label.ShopLogos;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Prepaid return labels for the customer (order token) and for staff (read permission). Access
 * checks and data gathering run in the portal's and the staff's transactional use cases; the
 * logo fetch and the drawing (tens of milliseconds) run after commit, holding no connection.
 */
@ApplicationScoped
public class ReturnLabelService {
    @Inject
    PortalReturnService portal;
    @Inject
    StaffReturnService staff;
    @Inject
    ShopLogos logos;
    @Inject
    ReturnLabelRenderer renderer;

    /** A label as a file. */
    public record Pdf(String fileName, byte[] bytes) {
    }

    public Pdf forCustomer(String shopSlug, String token, String rma) {
        return render(portal.label(shopSlug, token, rma));
    }

    public Pdf forStaff(String shopSlug, String rma) {
        return render(staff.label(shopSlug, rma));
    }

    private Pdf render(ReturnLabels.Prepared prepared) {
        var label = prepared.label().withLogo(logos.fetch(prepared.logoUrl()));
        return new Pdf(label.rmaNumber() + "-label.pdf", renderer.render(label));
    }
}
