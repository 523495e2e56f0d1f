package com.kaeru.admin.i18n;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

/** The console language: the person's choice for this session, else the browser's. */
public final class StaffLanguage {
    private StaffLanguage() {
    }

    public static void choose(UI ui, Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        ui.setLocale(locale);
        ui.getElement().executeJs("document.documentElement.lang = $0", locale.getLanguage());
    }
}
