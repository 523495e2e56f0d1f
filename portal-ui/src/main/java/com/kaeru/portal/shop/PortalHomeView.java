package com.kaeru.portal.shop;

import com.kaeru.portal.i18n.LanguageChoice;
import com.kaeru.portal.i18n.Languages;
import com.kaeru.portal.layout.BrandedPage;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

/** {@code /portal/}: no shop chosen; tells the visitor to use the link from their shop. */
@Route("")
public class PortalHomeView extends BrandedPage implements BeforeEnterObserver, LocaleChangeObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LanguageChoice.apply(event.getUI(), LanguageChoice.explicit()
                .or(() -> Languages.firstSupported(LanguageChoice.browserLocales()))
                .orElse(java.util.Locale.JAPANESE));
        render();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void render() {
        show(null, new H1(getTranslation("portal.home.title")), new Paragraph(getTranslation("portal.home.body")));
    }
}
