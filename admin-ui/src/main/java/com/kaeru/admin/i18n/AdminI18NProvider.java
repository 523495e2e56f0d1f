package com.kaeru.admin.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.cdi.annotation.VaadinServiceScoped;

/**
 * Every text of the console comes from {@code i18n/admin.properties} (English) and
 * {@code i18n/admin_ja.properties} (Japanese). A missing key shows as {@code !key!} so it is
 * caught in review and by the bundle completeness test.
 */
@VaadinServiceEnabled
@VaadinServiceScoped
public class AdminI18NProvider implements I18NProvider {
    public static final String BUNDLE = "i18n.admin";
    public static final List<Locale> LOCALES = List.of(Locale.JAPANESE, Locale.ENGLISH);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale supported = locale != null && "ja".equals(locale.getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH;
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, supported, AdminI18NProvider.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, supported).format(params);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }
}
