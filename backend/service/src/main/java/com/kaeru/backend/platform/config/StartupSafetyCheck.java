package com.kaeru.backend.platform.config;

import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Runs first at deployment (the migrator depends on it): outside development mode, a shipped
 * development secret or a missing/short portal token secret fails the deployment with one log line
 * naming each setting, before the database is touched.
 */
@Startup
@Singleton(name = "StartupSafetyCheck")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StartupSafetyCheck {
    private static final Logger LOG = Logger.getLogger(StartupSafetyCheck.class.getName());

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void check() {
        Config config = ConfigProvider.getConfig(StartupSafetyCheck.class.getClassLoader());
        List<String> refusals = ShippedSecrets.refusals(key -> config.getOptionalValue(key, String.class));
        if (!refusals.isEmpty()) {
            String message = ShippedSecrets.message(refusals);
            LOG.severe(message);
            throw new IllegalStateException(message);
        }
        if (ShippedSecrets.isDevelopment(key -> config.getOptionalValue(key, String.class))) {
            LOG.warning("Kaeru runs in development mode (kaeru.mode=development): shipped secrets are accepted. "
                    + "Never use this mode in production.");
        }
    }
}
