package com.kaeru.admin.security;

import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;

import com.kaeru.admin.i18n.AdminI18NProvider;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** A plain page after logout (outside Vaadin, which needs a session), with a way back in. */
@WebServlet("/loggedout")
public class LoggedOutServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getSession(false) != null) {
            request.getSession(false).invalidate();
        }
        Locale locale = Collections.list(request.getLocales()).stream()
                .filter(l -> "ja".equals(l.getLanguage()) || "en".equals(l.getLanguage()))
                .findFirst().orElse(Locale.JAPANESE);
        ResourceBundle bundle = ResourceBundle.getBundle(AdminI18NProvider.BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        boolean failed = request.getParameter("failed") != null;
        String title = bundle.getString(failed ? "admin.loginFailed.title" : "admin.loggedOut.title");
        String body = bundle.getString(failed ? "admin.loginFailed.body" : "admin.loggedOut.body");
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("""
                <!DOCTYPE html><html lang="%s"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>
                <style>body{font-family:system-ui,"Hiragino Sans","Noto Sans JP",sans-serif;display:grid;place-items:center;
                min-height:90vh;margin:0;color:#1a1a1a}main{text-align:center;padding:2rem}
                a{display:inline-block;margin-top:1rem;padding:.6rem 1.2rem;background:#2F6F5E;color:#fff;border-radius:6px;
                text-decoration:none}</style></head><body><main id="logged-out"><h1>%s</h1><p>%s</p>
                <a href="%s/">%s</a></main></body></html>
                """.formatted(locale.getLanguage(), title, title, body,
                request.getContextPath(), bundle.getString("admin.loggedOut.again")));
    }
}
