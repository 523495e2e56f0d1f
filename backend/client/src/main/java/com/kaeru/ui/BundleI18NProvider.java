package com.kaeru.ui;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * Japanese and English texts from one UTF-8 properties bundle per UI ({@code <base>.properties}
 * is English, {@code <base>_ja.properties} Japanese). Any other language falls back to English.
 * A missing key shows as {@code !key!} so it is caught in review and by the bundle tests.
 */
public abstract class BundleI18NProvider implements I18NProvider {
    public static final List<Locale> LOCALES = List.of(Locale.JAPANESE, Locale.ENGLISH);

    private final String bundle;

    protected BundleI18NProvider(String bundle) {
        this.bundle = bundle;
    }

    /** Japanese for any {@code ja*} locale, English for everything else. */
    public static Locale supported(Locale locale) {
        return locale != null && "ja".equals(locale.getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale supported = supported(locale);
        try {
            String pattern = ResourceBundle.getBundle(bundle, supported, getClass().getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, supported).format(params);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }
}
