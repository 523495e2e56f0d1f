package com.kaeru.admin.shops;

import java.util.Set;
import java.util.TreeSet;

import com.kaeru.admin.api.StaffBackend;
import com.kaeru.admin.layout.AccessRefused;
import com.kaeru.admin.layout.CurrentStaff;
import com.kaeru.admin.layout.MainLayout;
import com.kaeru.api.me.ShopMembershipDto;
import com.kaeru.api.shops.ShopDto;
import com.kaeru.client.ApiProblemException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/** {@code /admin/shops/{shop}}: the shop at a glance and what the person may do in it. */
@Route(value = "shops/:shop", layout = MainLayout.class)
public class ShopDashboardView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver,
        HasDynamicTitle {
    private final StaffBackend backend;
    private final CurrentStaff staff;
    private ShopDto shop;
    private ShopMembershipDto membership;
    private ApiProblemException refusal;

    @Inject
    public ShopDashboardView(StaffBackend backend, CurrentStaff staff) {
        this.backend = backend;
        this.staff = staff;
        setId("shop-dashboard");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("shop").orElse("");
        try {
            shop = backend.shops().shop(slug);
            membership = staff.membership(slug).orElse(null);
            refusal = null;
        } catch (ApiProblemException e) {
            if (!e.isForbidden() && !e.isNotFound()) {
                throw e;
            }
            shop = null;
            refusal = e;
        }
        render();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void render() {
        removeAll();
        if (shop == null) {
            add(AccessRefused.of(getTranslation("admin.shop.refused.title"),
                    refusal == null ? null : refusal.problem().detail()));
            return;
        }
        H1 name = new H1(shop.name());
        name.setId("shop-name");
        Div swatch = new Div();
        swatch.addClassName("brand-swatch");
        swatch.getStyle().set("background", shop.brandColor());

        add(new Div(swatch, name));
        add(new H2(getTranslation("admin.shop.yourRoles")), roles());
        add(new H2(getTranslation("admin.shop.youMay")), permissions());
        add(new H2(getTranslation("admin.shop.settings")), settings());
    }

    private Div roles() {
        Div chips = new Div();
        chips.setId("roles");
        chips.addClassName("chips");
        for (String role : membership == null ? Set.<String>of() : new TreeSet<>(membership.roles())) {
            Span chip = new Span(getTranslation("admin.role." + role));
            chip.getElement().getThemeList().add("badge");
            chips.add(chip);
        }
        return chips;
    }

    private UnorderedList permissions() {
        UnorderedList list = new UnorderedList();
        list.setId("permissions");
        if (membership != null) {
            new TreeSet<>(membership.permissions()).forEach(p -> list.add(new ListItem(getTranslation("admin.permission." + p))));
        }
        return list;
    }

    private UnorderedList settings() {
        UnorderedList list = new UnorderedList(
                new ListItem(getTranslation("admin.shop.slug", shop.slug())),
                new ListItem(getTranslation("admin.shop.languages", String.join(", ", shop.languages()))),
                new ListItem(getTranslation("admin.shop.timeZone", shop.timeZone())),
                new ListItem(getTranslation("admin.shop.currency", shop.currency())));
        list.setId("shop-settings");
        return list;
    }

    @Override
    public String getPageTitle() {
        return shop == null ? "Kaeru" : shop.name() + " | Kaeru";
    }
}
