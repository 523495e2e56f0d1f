package com.kaeru.admin.shops;

import java.util.Locale;
import java.util.Optional;

import com.kaeru.admin.api.StaffBackend;
import com.kaeru.admin.layout.CurrentStaff;
import com.kaeru.api.shops.ShopDto;
import com.kaeru.client.ApiProblemException;

/**
 * The shop a view works in and what the signed-in person may do there. What a role cannot do is
 * hidden with these flags; the API refuses it anyway.
 */
public record ShopContext(ShopDto shop, ShopFormats formats, String username, boolean canProcess,
                          boolean canApproveRefunds, boolean canExport) {

    public static final String PROCESS_RETURNS = "PROCESS_RETURNS";
    public static final String APPROVE_REFUNDS = "APPROVE_REFUNDS";
    public static final String VIEW_REPORTS = "VIEW_REPORTS";

    /**
     * The shop of {@code slug}, or empty with the backend's refusal handed to {@code refused} when
     * the person has no role there (or it does not exist); other failures propagate.
     */
    public static Optional<ShopContext> load(StaffBackend backend, CurrentStaff staff, String slug, Locale locale,
                                             java.util.function.Consumer<ApiProblemException> refused) {
        try {
            return Optional.of(require(backend, staff, slug, locale));
        } catch (ApiProblemException e) {
            if (!e.isForbidden() && !e.isNotFound()) {
                throw e;
            }
            refused.accept(e);
            return Optional.empty();
        }
    }

    /**
     * The shop of {@code slug}; the backend's 403 (no role there) or 404 propagates as an
     * {@link ApiProblemException} for the page to show as a refusal.
     */
    public static ShopContext require(StaffBackend backend, CurrentStaff staff, String slug, Locale locale) {
        ShopDto shop = backend.shops().shop(slug);
        return new ShopContext(shop, ShopFormats.of(shop, locale), staff.me().username(),
                staff.can(slug, PROCESS_RETURNS), staff.can(slug, APPROVE_REFUNDS), staff.can(slug, VIEW_REPORTS));
    }

    public String slug() {
        return shop.slug();
    }

    /** Same shop and rights, formats for another language. */
    public ShopContext in(Locale locale) {
        return new ShopContext(shop, ShopFormats.of(shop, locale), username, canProcess, canApproveRefunds, canExport);
    }
}
