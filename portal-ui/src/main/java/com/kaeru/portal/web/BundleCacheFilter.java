package com.kaeru.portal.web;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Lets browsers keep the portal's JavaScript bundle for a year without asking again. Vite names every
 * file under {@code /VAADIN/build/} after a hash of its content, so a new build means new URLs and a
 * cached file can never be stale; Vaadin itself sends {@code max-age=3600} for them, after which a
 * returning customer's phone revalidates each file before the first paint. Everything else keeps
 * Vaadin's and Payara's own headers (the bootstrap page none, other static files an hour).
 */
@WebFilter(urlPatterns = "/VAADIN/build/*", asyncSupported = true)
public class BundleCacheFilter extends HttpFilter {
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final Pattern HASHED = Pattern.compile("^/VAADIN/build/(?:[\\w.-]+/)*[\\w.-]+-[\\w-]{8,}\\.\\w+$");
    private static final long serialVersionUID = 1L;

    /** The {@code Cache-Control} for a path inside the application, or {@code null} to leave it as it is. */
    static String cacheControl(String path) {
        return HASHED.matcher(path).matches() ? IMMUTABLE : null;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String policy = cacheControl(request.getRequestURI().substring(request.getContextPath().length()));
        if (policy == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", policy);
        chain.doFilter(request, new FixedCacheControl(response));
    }

    /** Drops the servlet's own caching headers so the policy set before it stands. */
    static final class FixedCacheControl extends HttpServletResponseWrapper {
        FixedCacheControl(HttpServletResponse response) {
            super(response);
        }

        private static boolean caching(String name) {
            return "Cache-Control".equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name)
                    || "Pragma".equalsIgnoreCase(name);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!caching(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!caching(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!caching(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!caching(name)) {
                super.addDateHeader(name, date);
            }
        }
    }
}
