package com.kaeru.admin.shops;

import java.util.Locale;

import com.kaeru.admin.api.StaffBackend;
import com.kaeru.admin.layout.ConsolePage;
import com.kaeru.admin.layout.CurrentStaff;
import com.vaadin.flow.router.BeforeEnterEvent;

/**
 * A page of one shop ({@code shops/:shop/...}): resolves the shop from the route into a
 * {@link ShopContext} (what the person may do there, the shop's formats in the UI's language) or
 * shows the backend's refusal when the person has no role there or the shop does not exist. The
 * shop is asked for once per page instance and slug: the queue enters again on every filter change.
 */
public abstract class ShopPage extends ConsolePage {
    protected final StaffBackend backend;
    protected final CurrentStaff staff;
    /** The shop of the route; {@code null} while the person is refused the shop. */
    protected ShopContext context;

    protected ShopPage(StaffBackend backend, CurrentStaff staff) {
        this.backend = backend;
        this.staff = staff;
    }

    @Override
    protected final void enter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("shop").orElse("");
        if (context == null || !context.slug().equals(slug)) {
            context = null;
            context = ShopContext.require(backend, staff, slug, getLocale());
        }
        enterShop(event);
    }

    /**
     * Loads and lays out the page for {@link #context}; an API refusal (403/404) here shows the
     * refusal page as well, e.g. a team the person may not manage or a return that does not exist.
     */
    protected abstract void enterShop(BeforeEnterEvent event);

    @Override
    protected final void localeChanged(Locale locale) {
        context = context.in(locale);
        relocalize();
    }

    /** Renders the page again for {@link #context} in its new language. */
    protected abstract void relocalize();

    @Override
    protected String scopeTitle() {
        return context == null ? null : context.shop().name();
    }
}
