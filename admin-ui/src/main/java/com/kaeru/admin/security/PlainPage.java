package com.kaeru.admin.security;

import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;

import com.kaeru.admin.i18n.AdminI18NProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A small page outside Vaadin (which needs a logged-in session) in the browser's language, Japanese
 * unless it asks for English: logged out, login failed, Keycloak unreachable.
 */
final class PlainPage {
    private PlainPage() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response, int status, String titleKey,
                      String bodyKey, String linkKey) throws IOException {
        Locale locale = Collections.list(request.getLocales()).stream()
                .filter(l -> "ja".equals(l.getLanguage()) || "en".equals(l.getLanguage()))
                .findFirst().orElse(Locale.JAPANESE);
        ResourceBundle bundle = ResourceBundle.getBundle(AdminI18NProvider.BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String title = bundle.getString(titleKey);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("""
                <!DOCTYPE html><html lang="%s"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>
                <style>body{font-family:system-ui,"Hiragino Sans","Noto Sans JP",sans-serif;display:grid;place-items:center;
                min-height:90vh;margin:0;color:#1a1a1a}main{text-align:center;padding:2rem;max-width:36rem}
                a{display:inline-block;margin-top:1rem;padding:.6rem 1.2rem;background:#2F6F5E;color:#fff;border-radius:6px;
                text-decoration:none}</style></head><body><main id="%s"><h1>%s</h1><p>%s</p>
                <a href="%s/">%s</a></main></body></html>
                """.formatted(locale.getLanguage(), title, pageId(titleKey), title, bundle.getString(bodyKey),
                request.getContextPath(), bundle.getString(linkKey)));
    }

    /** {@code admin.loggedOut.title} → {@code logged-out}: the element tests and styles find. */
    static String pageId(String titleKey) {
        String name = titleKey.substring("admin.".length(), titleKey.lastIndexOf('.'));
        return name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
