package com.kaeru.portal.shop;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.kaeru.api.portal.PortalShopDto;
import com.kaeru.portal.api.PortalBackend;
import com.kaeru.portal.i18n.LanguageChoice;
import com.kaeru.portal.i18n.Languages;
import com.kaeru.portal.layout.BrandedPage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/**
 * {@code /portal/{shop}}: the shop's branded welcome to returns and exchanges. Language: an
 * explicit choice ({@code ?lang=en} or the switch), else the browser's, else the shop's default.
 */
@Route(":shopSlug")
public class ShopLandingView extends BrandedPage implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {
    private final PortalBackend backend;
    private PortalShopDto shop;

    @Inject
    public ShopLandingView(PortalBackend backend) {
        this.backend = backend;
        setId("shop-landing");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("shopSlug").orElse("");
        List<String> lang = event.getLocation().getQueryParameters().getParameters().getOrDefault("lang", List.of());
        if (!lang.isEmpty()) {
            LanguageChoice.remember(Locale.forLanguageTag(lang.get(0)));
        }
        Optional<Locale> explicit = LanguageChoice.explicit();
        Locale requestLocale = explicit.orElseGet(() -> Languages.firstSupported(LanguageChoice.browserLocales())
                .orElse(Locale.JAPANESE));
        Optional<PortalShopDto> found = backend.shop(slug, requestLocale);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class, slug);
            return;
        }
        shop = found.get();
        Locale locale = Languages.choose(explicit, LanguageChoice.browserLocales(), shop.defaultLanguage());
        LanguageChoice.apply(event.getUI(), locale);
        render();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (shop != null) {
            UI ui = event.getUI();
            ui.getElement().executeJs("document.documentElement.lang = $0", event.getLocale().getLanguage());
            ui.getPage().setTitle(getPageTitle());
            render();
        }
    }

    private void render() {
        H1 title = new H1(getTranslation("portal.landing.title"));
        Paragraph lead = new Paragraph(getTranslation("portal.landing.lead", shop.name()));
        lead.addClassName("lead");

        H2 stepsTitle = new H2(getTranslation("portal.landing.steps.title"));
        OrderedList steps = new OrderedList(
                step("portal.landing.step.find"),
                step("portal.landing.step.choose"),
                step("portal.landing.step.send"));
        steps.addClassName("steps");

        Div exchangeFirst = new Div(new Span(getTranslation("portal.landing.exchangeFirst")));
        exchangeFirst.addClassName("callout");

        show(shop, title, lead, exchangeFirst, stepsTitle, steps);
    }

    private ListItem step(String key) {
        return new ListItem(getTranslation(key));
    }

    @Override
    public String getPageTitle() {
        return shop == null ? "Kaeru" : getTranslation("portal.landing.pageTitle", shop.name());
    }
}
