package com.kaeru.admin.shops;

import java.util.Set;
import java.util.TreeSet;

import com.kaeru.admin.api.StaffBackend;
import com.kaeru.admin.layout.CurrentStaff;
import com.kaeru.admin.layout.MainLayout;
import com.kaeru.api.me.ShopMembershipDto;
import com.kaeru.api.shops.ShopDto;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/** {@code /admin/shops/{shop}}: the shop at a glance and what the person may do in it. */
@Route(value = "shops/:shop", layout = MainLayout.class)
public class ShopDashboardView extends ShopPage {
    private ShopMembershipDto membership;

    @Inject
    public ShopDashboardView(StaffBackend backend, CurrentStaff staff) {
        super(backend, staff);
        setId("shop-dashboard");
    }

    @Override
    protected void enterShop(BeforeEnterEvent event) {
        membership = staff.membership(context.slug()).orElse(null);
        render();
    }

    @Override
    protected void relocalize() {
        render();
    }

    private void render() {
        removeAll();
        ShopDto shop = context.shop();
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
        ShopDto shop = context.shop();
        UnorderedList list = new UnorderedList(
                new ListItem(getTranslation("admin.shop.slug", shop.slug())),
                new ListItem(getTranslation("admin.shop.languages", String.join(", ", shop.languages()))),
                new ListItem(getTranslation("admin.shop.timeZone", shop.timeZone())),
                new ListItem(getTranslation("admin.shop.currency", shop.currency())));
        list.setId("shop-settings");
        return list;
    }

    @Override
    protected String pageTitle() {
        return null;
    }
}
