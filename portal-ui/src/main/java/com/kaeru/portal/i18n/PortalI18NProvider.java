package com.kaeru.portal.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.cdi.annotation.VaadinServiceScoped;

/**
 * Every text of the portal comes from {@code i18n/portal.properties} (English) and
 * {@code i18n/portal_ja.properties} (Japanese). A missing key shows as {@code !key!} so it is
 * caught in review and by the bundle completeness test. vaadin-cdi uses it because of
 * {@code @VaadinServiceEnabled}.
 */
@VaadinServiceEnabled
@VaadinServiceScoped
public class PortalI18NProvider implements I18NProvider {
    public static final String BUNDLE = "i18n.portal";
    public static final List<Locale> LOCALES = List.of(Locale.JAPANESE, Locale.ENGLISH);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale supported = Languages.supported(locale);
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, supported, PortalI18NProvider.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, supported).format(params);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }
}
