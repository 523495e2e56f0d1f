package com.kaeru.admin.i18n;

import com.kaeru.ui.BundleI18NProvider;
import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.cdi.annotation.VaadinServiceScoped;

/**
 * Every text of the console, from {@code i18n/admin.properties} (English) and
 * {@code i18n/admin_ja.properties}. vaadin-cdi uses it because of {@code @VaadinServiceEnabled}.
 */
@VaadinServiceEnabled
@VaadinServiceScoped
public class AdminI18NProvider extends BundleI18NProvider {
    public static final String BUNDLE = "i18n.admin";

    public AdminI18NProvider() {
        super(BUNDLE);
    }
}
