package com.kaeru.portal.shop;

import java.util.Locale;

import com.kaeru.portal.i18n.LanguageChoice;
import com.kaeru.portal.i18n.Languages;
import com.kaeru.portal.layout.BrandedPage;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

/** Unknown shop or page: a friendly explanation with HTTP 404, never a technical error. */
public class ShopNotFoundView extends BrandedPage implements HasErrorParameter<NotFoundException>, LocaleChangeObserver {

    public ShopNotFoundView() {
        setId("not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        Locale locale = LanguageChoice.explicit()
                .or(() -> Languages.firstSupported(LanguageChoice.browserLocales()))
                .orElse(Locale.JAPANESE);
        LanguageChoice.apply(event.getUI(), locale);
        render();
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        event.getUI().getElement().executeJs("document.documentElement.lang = $0", event.getLocale().getLanguage());
        render();
    }

    private void render() {
        show(null, new H1(getTranslation("portal.notFound.title")),
                new Paragraph(getTranslation("portal.notFound.body")));
    }
}
