package com.kaeru.portal.i18n;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;

/** Remembers the visitor's explicit language choice for the session and applies it to the page. */
public final class LanguageChoice {
    private static final String ATTRIBUTE = LanguageChoice.class.getName();

    private LanguageChoice() {
    }

    public static void remember(Locale locale) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(ATTRIBUTE, Languages.supported(locale));
        }
    }

    public static Optional<Locale> explicit() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable((Locale) session.getAttribute(ATTRIBUTE));
    }

    public static List<Locale> browserLocales() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? List.of() : Collections.list(request.getLocales());
    }

    /** Sets the UI's locale and the document's {@code lang} (screen readers pick their voice by it). */
    public static void apply(UI ui, Locale locale) {
        if (!locale.equals(ui.getLocale())) {
            ui.setLocale(locale);
        }
        ui.getElement().executeJs("document.documentElement.lang = $0", locale.getLanguage());
    }
}
