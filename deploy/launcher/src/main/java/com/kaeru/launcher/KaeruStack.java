package com.kaeru.launcher;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Logger;

/**
 * The running system: PostgreSQL, Keycloak and Payara Micro, started together and stopped in
 * reverse order. Keycloak and Payara start side by side (each waits only for PostgreSQL).
 */
public final class KaeruStack implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(KaeruStack.class.getName());

    private final StackSettings settings;
    private EmbeddedDatabase database;
    private DevMailCatcher mail;
    private ManagedProcess keycloak;
    private ManagedProcess payara;

    private KaeruStack(StackSettings settings) {
        this.settings = settings;
    }

    /** Starts everything and returns once every part answers; on failure stops what it started. */
    public static KaeruStack start(StackSettings settings, Map<String, String> extraPayaraProperties) {
        KaeruStack stack = new KaeruStack(settings);
        try {
            stack.doStart(extraPayaraProperties);
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e instanceof CompletionException && e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void doStart(Map<String, String> extraPayaraProperties) {
        if (settings.externalDbUrl().isEmpty()) {
            database = EmbeddedDatabase.start(settings.dataDir().resolve("postgres"), settings.dbPort());
            database.provision();
        }
        if (settings.smtpPort() > 0) {
            mail = DevMailCatcher.start(settings.smtpPort(), settings.mailUiPort());
        }
        if (settings.externalKeycloak().isEmpty()) {
            String keycloakDb = database != null ? database.jdbcUrl("keycloak")
                    : settings.dbUrl().replaceAll("/[^/?]+(\\?.*)?$", "/keycloak");
            keycloak = KeycloakServer.start(settings, keycloakDb);
        }
        payara = PayaraServer.start(settings, extraPayaraProperties);
        CompletableFuture<Void> keycloakReady = keycloak == null ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(() -> KeycloakServer.awaitReady(keycloak, settings));
        CompletableFuture<Void> payaraReady = CompletableFuture.runAsync(() -> PayaraServer.awaitReady(payara, settings));
        CompletableFuture.allOf(keycloakReady, payaraReady).join();
    }

    public StackSettings settings() {
        return settings;
    }

    public ManagedProcess payara() {
        return payara;
    }

    public DevMailCatcher mail() {
        return mail;
    }

    public ManagedProcess keycloak() {
        return keycloak;
    }

    @Override
    public void close() {
        if (payara != null) {
            LOG.info("Stopping Payara Micro");
            payara.stop();
        }
        if (keycloak != null) {
            LOG.info("Stopping Keycloak");
            keycloak.stop();
        }
        if (mail != null) {
            mail.close();
        }
        if (database != null) {
            LOG.info("Stopping PostgreSQL");
            database.close();
        }
    }
}
