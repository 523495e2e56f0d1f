package com.kaeru.portal;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.AppShellSettings;

/** Page-level settings: mobile viewport and the theme colour of the browser chrome. */
@Viewport("width=device-width, initial-scale=1, viewport-fit=cover")
@Meta(name = "format-detection", content = "telephone=no")
public class PortalShell implements AppShellConfigurator {
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
