package com.kaeru.admin.security;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Applies {@link ConsoleSafety} while the console deploys: a refused configuration fails the
 * deployment with a log line naming the setting, and the session cookie gets {@code Secure} where
 * the console runs behind TLS. (The cookie configuration can only change before the context is
 * initialised, hence a listener rather than a filter.)
 */
@WebListener
public class ConsoleStartupListener implements ServletContextListener {
    private static final Logger LOG = Logger.getLogger(ConsoleStartupListener.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Config config = ConfigProvider.getConfig(ConsoleStartupListener.class.getClassLoader());
        apply(event.getServletContext(), key -> config.getOptionalValue(key, String.class));
    }

    static void apply(jakarta.servlet.ServletContext context, Function<String, Optional<String>> config) {
        List<String> refusals = ConsoleSafety.refusals(config);
        if (!refusals.isEmpty()) {
            String message = ConsoleSafety.message(refusals);
            LOG.severe(message);
            throw new IllegalStateException(message);
        }
        boolean secure = ConsoleSafety.secureCookie(config);
        context.getSessionCookieConfig().setSecure(secure);
        if (!secure) {
            LOG.info("The console's session cookie is not Secure (development mode or kaeru.web.secure-cookie=false)");
        }
    }
}
