package com.kaeru.portal.layout;

import com.kaeru.api.portal.PortalShopDto;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;

/**
 * The frame of every portal page: a header in the shop's colour with its logo or name and the
 * language switch, the page content, and a footer. Mobile first: one column, max 40 rem wide.
 */
@StyleSheet("context://styles/portal.css")
public class BrandedPage extends Div {
    private final Main content = new Main();

    public BrandedPage() {
        addClassName("portal-page");
    }

    /** Rebuilds the frame around {@code body} for {@code shop} (or unbranded when {@code null}). */
    public void show(PortalShopDto shop, Component... body) {
        removeAll();
        content.removeAll();
        // On the page, not the header: the callouts in the content use the shop's colour too.
        if (shop != null) {
            getStyle().set("--kaeru-brand", shop.brandColor()).set("--kaeru-on-brand", BrandColors.textOn(shop.brandColor()));
        } else {
            getStyle().remove("--kaeru-brand").remove("--kaeru-on-brand");
        }
        content.addClassName("portal-content");
        content.add(body);
        add(header(shop), content, footer());
    }

    private Header header(PortalShopDto shop) {
        Header header = new Header();
        header.addClassName("portal-header");
        if (shop != null) {
            Component identity;
            if (shop.logoUrl() != null && !shop.logoUrl().isBlank()) {
                identity = new Image(shop.logoUrl(), shop.name());
            } else {
                Span name = new Span(shop.name());
                name.addClassName("shop-name");
                identity = name;
            }
            header.add(identity);
        } else {
            Span name = new Span("Kaeru");
            name.addClassName("shop-name");
            header.add(name);
        }
        header.add(new LanguageSwitch());
        return header;
    }

    private Footer footer() {
        Footer footer = new Footer();
        footer.addClassName("portal-footer");
        footer.add(new Span(getTranslation("portal.footer.poweredBy")));
        return footer;
    }
}
