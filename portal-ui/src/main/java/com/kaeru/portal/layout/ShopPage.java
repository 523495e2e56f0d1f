package com.kaeru.portal.layout;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.kaeru.api.portal.PortalShopDto;
import com.kaeru.portal.api.PortalBackend;
import com.kaeru.portal.i18n.LanguageChoice;
import com.kaeru.portal.i18n.Languages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;

/**
 * A portal page of one shop ({@code /portal/{shop}/...}): finds the shop, settles the language
 * (an explicit choice via {@code ?lang=} or the switch, else the browser's, else the shop's
 * default) and re-renders when the language changes, keeping what the page holds.
 */
public abstract class ShopPage extends BrandedPage implements BeforeEnterObserver, HasDynamicTitle,
        LocaleChangeObserver {
    protected final PortalBackend backend;
    private PortalShopDto shop;

    protected ShopPage(PortalBackend backend) {
        this.backend = backend;
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
        enter(event);
    }

    /** The shop is known and the language set: load what the page needs (or forward) and render. */
    protected abstract void enter(BeforeEnterEvent event);

    /** Builds the page from its current state, in the current language. */
    protected abstract void render();

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (shop != null) {
            UI ui = event.getUI();
            ui.getElement().executeJs("document.documentElement.lang = $0", event.getLocale().getLanguage());
            ui.getPage().setTitle(getPageTitle());
            render();
        }
    }

    protected PortalShopDto shop() {
        return shop;
    }

    protected String slug() {
        return shop.slug();
    }

    protected Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? getLocale() : ui.getLocale();
    }

    @Override
    public String getPageTitle() {
        return shop == null ? "Kaeru" : getTranslation("portal.landing.pageTitle", shop.name());
    }
}
