package com.kaeru.admin.settings;

import java.util.Optional;

import com.kaeru.admin.api.StaffBackend;
import com.kaeru.admin.layout.CurrentStaff;
import com.kaeru.admin.shops.ShopContext;
import com.kaeru.client.ApiProblemException;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * What every configuration screen shares: the shop from the URL, a refusal page for people who
 * may not change settings there (instead of a form the API would refuse), and texts that follow
 * the language switch.
 */
public abstract class SettingsPage extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver,
        HasDynamicTitle {
    public static final String MANAGE_SETTINGS = "MANAGE_SETTINGS";

    protected final StaffBackend backend;
    protected final CurrentStaff staff;
    protected ShopContext context;
    private final Paragraph refused = new Paragraph();

    protected SettingsPage(StaffBackend backend, CurrentStaff staff) {
        this.backend = backend;
        this.staff = staff;
        refused.setId("access-refused");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("shop").orElse("");
        context = ShopContext.load(backend, staff, slug, getLocale(), p -> refused.setText(p.problem().detail()))
                .orElse(null);
        if (context != null && !staff.can(slug, MANAGE_SETTINGS)) {
            refused.setText(getTranslation("admin.settings.refused"));
            context = null;
        }
        removeAll();
        if (context == null) {
            add(new H1(getTranslation("admin.shop.refused.title")), refused);
            return;
        }
        build();
    }

    /** Lays out the screen for {@link #context}. */
    protected abstract void build();

    /** Re-reads the texts after a language change. */
    protected void texts() {
    }

    /** The key of the page's title. */
    protected abstract String titleKey();

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (context != null) {
            context = context.in(event.getLocale());
            texts();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey()) + (context == null ? "" : " | " + context.shop().name());
    }

    protected void saved(String key, Object... arguments) {
        Notification n = Notification.show(getTranslation(key, arguments), 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /**
     * Runs a call whose validation problems belong next to the fields: returns the problem for the
     * caller to show, or empty when the call went through. Other failures go to the console's
     * error handling.
     */
    protected static Optional<ApiProblemException> attempt(Runnable call) {
        try {
            call.run();
            return Optional.empty();
        } catch (ApiProblemException e) {
            if (e.problem().status() == 400 || e.problem().status() == 422 || e.problem().status() == 413
                    || e.problem().status() == 415 || e.problem().status() == 404) {
                return Optional.of(e);
            }
            throw e;
        }
    }
}
