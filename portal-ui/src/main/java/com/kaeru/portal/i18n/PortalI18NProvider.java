package com.kaeru.portal.i18n;

import com.kaeru.ui.BundleI18NProvider;
import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.cdi.annotation.VaadinServiceScoped;

/**
 * Every text of the portal, from {@code i18n/portal.properties} (English) and
 * {@code i18n/portal_ja.properties}. vaadin-cdi uses it because of {@code @VaadinServiceEnabled}.
 */
@VaadinServiceEnabled
@VaadinServiceScoped
public class PortalI18NProvider extends BundleI18NProvider {
    public static final String BUNDLE = "i18n.portal";

    public PortalI18NProvider() {
        super(BUNDLE);
    }
}
