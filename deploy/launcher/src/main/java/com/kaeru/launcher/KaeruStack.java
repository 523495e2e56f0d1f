package com.kaeru.launcher;

import java.nio.file.Path;

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
    private final Object parts = new Object();
    private boolean closed;
    /** Open while {@link #run} is starting parts; {@link #close()} from another thread waits for it. */
    private final java.util.concurrent.CountDownLatch startFinished = new java.util.concurrent.CountDownLatch(1);
    private volatile EmbeddedDatabase database;
    private volatile DevMailCatcher mail;
    private volatile ManagedProcess keycloak;
    private volatile ManagedProcess payara;
    /** With --instances: the instances after the first, and HAProxy in front of all of them. */
    private final java.util.List<ManagedProcess> moreInstances = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile ManagedProcess loadBalancer;

    private KaeruStack(StackSettings settings) {
        this.settings = settings;
    }

    /** A stack that has not started anything yet: register its {@link #close()} first, then {@link #run}. */
    public static KaeruStack create(StackSettings settings) {
        return new KaeruStack(settings);
    }

    /** Starts everything and returns once every part answers; on failure stops what it started. */
    public static KaeruStack start(StackSettings settings, Map<String, String> extraPayaraProperties) {
        KaeruStack stack = create(settings);
        stack.run(extraPayaraProperties);
        return stack;
    }

    /**
     * Starts every part and returns once all answer; on failure stops what it started. A
     * {@link #close()} from another thread (Ctrl-C, SIGTERM during start-up) stops what has started
     * and whatever starts afterwards, so nothing outlives the launcher.
     */
    public void run(Map<String, String> extraPayaraProperties) {
        try {
            doStart(extraPayaraProperties);
        } catch (RuntimeException e) {
            startFinished.countDown();
            close();
            throw e instanceof CompletionException && e.getCause() instanceof RuntimeException cause ? cause : e;
        } finally {
            startFinished.countDown();
        }
    }

    private void doStart(Map<String, String> extraPayaraProperties) {
        if (settings.externalDbUrl().isEmpty()) {
            // Opt-in WAL archive for point-in-time restore of a long-lived embedded database (docs/operations.md).
            Path walArchive = StackSettings.value(System.getenv(), "KAERU_DB_WAL_ARCHIVE").map(Path::of).orElse(null);
            database = kept(EmbeddedDatabase.start(settings.dataDir().resolve("postgres"), settings.dbPort(), walArchive));
            database.provision();
        }
        if (settings.smtpPort() > 0) {
            mail = kept(DevMailCatcher.start(settings.smtpPort(), settings.mailUiPort()));
        }
        if (settings.externalKeycloak().isEmpty()) {
            String keycloakDb = database != null ? database.jdbcUrl("keycloak")
                    : settings.dbUrl().replaceAll("/[^/?]+(\\?.*)?$", "/keycloak");
            keycloak = kept(KeycloakServer.start(settings, keycloakDb));
        }
        if (settings.instances() > 1) {
            startInstances(extraPayaraProperties, keycloak);
            return;
        }
        payara = kept(PayaraServer.start(settings, extraPayaraProperties));
        CompletableFuture<Void> keycloakReady = keycloak == null ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(() -> KeycloakServer.awaitReady(keycloak, settings));
        CompletableFuture<Void> payaraReady = CompletableFuture.runAsync(() -> PayaraServer.awaitReady(payara, settings));
        CompletableFuture.allOf(keycloakReady, payaraReady).join();
    }

    /**
     * Several instances behind HAProxy, sharing everything that must be shared: one database, one
     * Keycloak, one mail server and one portal token secret (a link signed by one instance is
     * accepted by all). Each UI calls the API of its own instance. The first instance starts alone
     * (migrations, demo data), the others once it is ready, as a rolling start would.
     */
    private void startInstances(Map<String, String> extraPayaraProperties, ManagedProcess startedKeycloak) {
        java.util.List<Integer> ports = java.util.stream.IntStream.range(0, settings.instances())
                .mapToObj(settings::instancePort).toList();
        loadBalancer = kept(LoadBalancer.start(settings, settings.httpPort(), ports));
        Map<String, String> shared = new java.util.HashMap<>(extraPayaraProperties);
        shared.putIfAbsent("kaeru.portal.token-secret", StackSettings.value(System.getenv(), "KAERU_PORTAL_TOKEN_SECRET")
                .orElseGet(KaeruStack::randomSecret));
        CompletableFuture<Void> keycloakReady = startedKeycloak == null ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(() -> KeycloakServer.awaitReady(startedKeycloak, settings));
        for (int i = 0; i < settings.instances(); i++) {
            int port = ports.get(i);
            Map<String, String> own = new java.util.HashMap<>(shared);
            own.put("kaeru.api.url", "http://localhost:" + port + "/api/v1");
            ManagedProcess instance = kept(PayaraServer.start(settings, own, "payara-" + (i + 1), port));
            if (i == 0) {
                payara = instance;
            } else {
                moreInstances.add(instance);
            }
            PayaraServer.awaitReady(instance, settings, "http://localhost:" + port);
        }
        LoadBalancer.awaitReady(loadBalancer, settings.baseUrl());
        keycloakReady.join();
    }

    private static String randomSecret() {
        byte[] bytes = new byte[48];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Every Payara instance of the stack (one unless started with --instances). */
    public java.util.List<ManagedProcess> instances() {
        java.util.List<ManagedProcess> all = new java.util.ArrayList<>();
        if (payara != null) {
            all.add(payara);
        }
        all.addAll(moreInstances);
        return all;
    }

    public ManagedProcess loadBalancer() {
        return loadBalancer;
    }

    /** A part that has just started, unless the stack was closed meanwhile: then it is stopped at once. */
    private <T extends AutoCloseable> T kept(T part) {
        synchronized (parts) {
            if (!closed) {
                return part;
            }
        }
        closeQuietly(part);
        throw new LaunchException("Stopped during start-up");
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

    /** Stops Payara and Keycloak side by side, then the mail catcher and PostgreSQL. Idempotent. */
    @Override
    public void close() {
        synchronized (parts) {
            closed = true;
        }
        stopParts();
        // A SIGTERM during start-up: the starting thread may be about to keep a part it has just
        // started (it stops that part itself) and the JVM halts as soon as this hook returns, so wait
        // for it; stopping what runs already makes its readiness waits fail fast.
        try {
            if (startFinished.await(90, java.util.concurrent.TimeUnit.SECONDS)) {
                stopParts();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops each part once: a part is taken out of the stack as it is stopped. */
    private void stopParts() {
        ManagedProcess stoppingPayara;
        java.util.List<ManagedProcess> stoppingMore;
        ManagedProcess stoppingBalancer;
        ManagedProcess stoppingKeycloak;
        DevMailCatcher stoppingMail;
        EmbeddedDatabase stoppingDatabase;
        synchronized (parts) {
            stoppingPayara = payara;
            stoppingMore = java.util.List.copyOf(moreInstances);
            moreInstances.clear();
            stoppingBalancer = loadBalancer;
            loadBalancer = null;
            stoppingKeycloak = keycloak;
            stoppingMail = mail;
            stoppingDatabase = database;
            payara = null;
            keycloak = null;
            mail = null;
            database = null;
        }
        if (stoppingBalancer != null) {
            stoppingBalancer.stop();
        }
        CompletableFuture<Void> payaraStopped = CompletableFuture.runAsync(() -> {
            if (stoppingPayara != null) {
                LOG.info("Stopping Payara Micro");
                stoppingPayara.stop();
            }
            stoppingMore.forEach(ManagedProcess::stop);
        });
        CompletableFuture<Void> keycloakStopped = CompletableFuture.runAsync(() -> {
            if (stoppingKeycloak != null) {
                LOG.info("Stopping Keycloak");
                stoppingKeycloak.stop();
            }
        });
        CompletableFuture.allOf(payaraStopped, keycloakStopped).join();
        if (stoppingMail != null) {
            stoppingMail.close();
        }
        if (stoppingDatabase != null) {
            LOG.info("Stopping PostgreSQL");
            stoppingDatabase.close();
        }
    }

    private static void closeQuietly(AutoCloseable part) {
        try {
            part.close();
        } catch (Exception e) {
            LOG.warning("Could not stop " + part + ": " + e.getMessage());
        }
    }
}
