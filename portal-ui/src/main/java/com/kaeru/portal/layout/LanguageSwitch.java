package com.kaeru.portal.layout;

import java.util.Locale;

import com.kaeru.portal.i18n.LanguageChoice;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;

/**
 * 日本語 | English. The names are shown in their own language on purpose (a visitor who cannot read
 * the current language still finds theirs); the choice sticks for the session.
 */
public class LanguageSwitch extends Div {

    public LanguageSwitch() {
        addClassName("language-switch");
        getElement().setAttribute("role", "group");
        add(button("日本語", Locale.JAPANESE), button("English", Locale.ENGLISH));
    }

    private Button button(String label, Locale locale) {
        Button button = new Button(label, e -> {
            LanguageChoice.remember(locale);
            UI.getCurrent().setLocale(locale);
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("lang", locale.getLanguage());
        button.setId("lang-" + locale.getLanguage());
        UI ui = UI.getCurrent();
        boolean active = ui != null && locale.getLanguage().equals(ui.getLocale().getLanguage());
        button.getElement().setAttribute("aria-pressed", Boolean.toString(active));
        return button;
    }
}
