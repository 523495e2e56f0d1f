package com.kaeru.admin.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** Remembers the page someone asked for before the login round trip, to send them there after. */
public final class DeepLinks {
    private static final String ATTRIBUTE = DeepLinks.class.getName();

    private DeepLinks() {
    }

    /** Remembers a page request (not Vaadin's internal requests or static resources). */
    public static void remember(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getQueryString() != null
                && request.getQueryString().contains("v-r=")) {
            return;
        }
        String path = request.getRequestURI();
        if (path.contains("/VAADIN/") || path.endsWith("/Callback") || path.endsWith(".js") || path.endsWith(".css")) {
            return;
        }
        String target = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
        request.getSession(true).setAttribute(ATTRIBUTE, target);
    }

    /** The remembered page inside this application, or the application root. */
    public static String takeOrRoot(HttpServletRequest request) {
        String root = request.getContextPath() + "/";
        HttpSession session = request.getSession(false);
        if (session == null) {
            return root;
        }
        Object target = session.getAttribute(ATTRIBUTE);
        session.removeAttribute(ATTRIBUTE);
        // Only same-application paths: never an open redirect.
        if (target instanceof String path && path.startsWith(request.getContextPath() + "/") && !path.startsWith("//")) {
            return path;
        }
        return root;
    }
}
